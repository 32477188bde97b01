package org.strategypress.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.testing.StrategyFixture;

/** broken-link: [[ID]] to an unknown id, a missing image, an image outside the content folder. */
class BrokenLinkRuleTest {

    private static final String CHAPTER = "content/modules/1-intro/01-introduction.md";

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    @Test
    void anUnknownIdInAChapterIsReportedAtTheLinkAfterTheFrontMatter() {
        strategy.write(CHAPTER, """
                ---
                title: Introduction
                ---
                # Introduction

                This strategy builds digital skills ([[SKILLS]]).
                See also [[NOPE]] for details.
                """);

        Diagnostic d = strategy.only();

        assertEquals("broken-link", d.code());
        strategy.assertAt(d, CHAPTER, 7, 10);
        assertTrue(d.message().contains("[[NOPE]] links to no known id"), d.message());
    }

    @Test
    void aMisspeltIdInAChapterSuggestsTheRightOne() {
        strategy.write(CHAPTER, """
                # Introduction

                The academy ([[INI-ACADEMI|our academy]]) opens in 2027.
                """);

        Diagnostic d = strategy.only();

        strategy.assertAt(d, CHAPTER, 3, 14);
        assertTrue(d.message().contains("(did you mean 'INI-ACADEMY'?)"), d.message());
    }

    @Test
    void anUnknownIdInAOneLineProseFieldIsReportedAtTheLink() {
        strategy.write("content/pillars.yaml", StrategyFixture.PILLARS.replace("as_is: Few graduates in ICT.",
                "as_is: Few graduates in ICT, see [[NOPE]]."));

        Diagnostic d = strategy.only();

        assertEquals("broken-link", d.code());
        strategy.assertAt(d, "content/pillars.yaml", 16, 38);
    }

    @Test
    void anUnknownIdInABlockProseFieldIsReportedAtTheLink() {
        strategy.write("content/pillars.yaml", StrategyFixture.PILLARS.replace("as_is: Few graduates in ICT.", """
                as_is: |
                      Few graduates in ICT.
                      See [[NOPE]] for the numbers."""));

        Diagnostic d = strategy.only();

        assertEquals("broken-link", d.code());
        strategy.assertAt(d, "content/pillars.yaml", 18, 11);
    }

    @Test
    void anUnknownIdOnTheSecondLineOfAFoldedProseFieldIsReportedAtTheLink() {
        strategy.write("content/pillars.yaml", StrategyFixture.PILLARS.replace("as_is: Few graduates in ICT.", """
                as_is: >
                      Few graduates in ICT.
                      See [[NOPE]] for the numbers."""));

        strategy.assertAt(strategy.only(), "content/pillars.yaml", 18, 11);
    }

    @Test
    void anUnknownIdInOneLanguageOfABilingualFieldIsReportedAtTheLink() {
        strategy.write("content/pillars.yaml", StrategyFixture.PILLARS.replace(
                "summary: People able to work in a digital economy.", """
                summary:
                      en: People able to work in a digital economy.
                      az: Bax [[NOPE]]."""));

        strategy.assertAt(strategy.only(), "content/pillars.yaml", 6, 15);
    }

    @Test
    void aMissingImageIsReportedAtTheImage() {
        strategy.write(CHAPTER, """
                # Introduction

                ![Graduates per year](assets/graduates.png)
                """);

        Diagnostic d = strategy.only();

        assertEquals("broken-link", d.code());
        strategy.assertAt(d, CHAPTER, 3, 1);
        assertTrue(d.message().contains("'assets/graduates.png' not found"), d.message());
    }

    @Test
    void anExistingImageIsAccepted() {
        strategy.writeBytes("content/assets/graduates.png", onePixelPng());
        strategy.write(CHAPTER, """
                # Introduction

                ![Graduates per year](assets/graduates.png) and ![again](../../assets/graduates.png)
                """);

        assertTrue(strategy.diagnostics().isEmpty(), () -> StrategyFixture.describe(strategy.diagnostics()));
    }

    @Test
    void anImageInAProseFieldThatLeavesTheContentFolderIsRefused() {
        strategy.write("content/pillars.yaml", StrategyFixture.PILLARS.replace(
                "summary: People able to work in a digital economy.",
                "summary: See ![secrets](../../etc/passwd)"));

        Diagnostic d = strategy.only();

        assertEquals("broken-link", d.code());
        strategy.assertAt(d, "content/pillars.yaml", 4, 18);
        assertTrue(d.message().contains("'../../etc/passwd' leaves the content folder"), d.message());
    }

    @Test
    void anImageInAChapterThatLeavesTheContentFolderIsRefused() {
        strategy.write(CHAPTER, """
                # Introduction

                Text before. ![secrets](../../../../etc/passwd)
                """);

        Diagnostic d = strategy.only();

        assertEquals("broken-link", d.code());
        strategy.assertAt(d, CHAPTER, 3, 14);
        assertTrue(d.message().contains("leaves the content folder"), d.message());
    }

    /** A real PNG of one pixel (the image check reads its header and structure). */
    private static byte[] onePixelPng() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
