package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.testing.StrategyFixture;

/** Settings and content that change the printed document as a reviewer holds it. */
class PrintOptionsTest {

    @TempDir
    Path dir;

    private StrategyFixture fixtureWith(String from, String to) throws Exception {
        StrategyFixture f = StrategyFixture.in(dir);
        Path s = f.file("content/strategy.yaml");
        Files.writeString(s, Files.readString(s).replace(from, to));
        return f;
    }

    @Test
    void a4ByDefaultAndLetterWhenStrategyYamlSaysSo() throws Exception {
        StrategyFixture a4 = StrategyFixture.in(dir.resolve("a4"));
        a4.build();
        try (PDDocument doc = Loader.loadPDF(a4.pdf().toFile())) {
            assertEquals(595, Math.round(doc.getPage(1).getMediaBox().getWidth()));
        }
        StrategyFixture letter = StrategyFixture.in(dir.resolve("letter"));
        Path s = letter.file("content/strategy.yaml");
        Files.writeString(s, Files.readString(s) + "page_size: Letter\n");
        letter.build();
        try (PDDocument doc = Loader.loadPDF(letter.pdf().toFile())) {
            assertEquals(612, Math.round(doc.getPage(1).getMediaBox().getWidth()));
            assertEquals(792, Math.round(doc.getPage(1).getMediaBox().getHeight()));
        }
    }

    @Test
    void aCharacterNoShippedFontHasFailsTheBuildInsteadOfPrintingHash() throws Exception {
        StrategyFixture f = fixtureWith("title: Digital Economy Strategy", "title: Digital Economy Strategy 🚀");
        BuildResult r = f.buildAllowingErrors(Path.of("templates"));
        assertFalse(r.ok());
        Diagnostic d = r.diagnostics().stream().filter(x -> x.code().equals("pdf-glyph")).findFirst().orElseThrow();
        assertTrue(d.message().contains("U+1F680"), d.message());
        assertTrue(d.message().contains("Digital Economy Strategy"), "says where the character is: " + d.message());
        assertFalse(Files.exists(f.out()), "nothing is written when the build fails");
    }

    @Test
    void azerbaijaniLettersAreCoveredByTheShippedFonts() throws Exception {
        StrategyFixture f = fixtureWith("title: Digital Economy Strategy", "title: Rəqəmsal İqtisadiyyat Strategiyası ğ ı ö ş ç ü Ə");
        f.build();
        try (PDDocument doc = Loader.loadPDF(f.pdf().toFile())) {
            assertEquals("Rəqəmsal İqtisadiyyat Strategiyası ğ ı ö ş ç ü Ə", doc.getDocumentInformation().getTitle());
        }
    }
}
