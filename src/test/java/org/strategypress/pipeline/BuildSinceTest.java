package org.strategypress.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.ScratchRepo;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/** {@code press build --since REF}: changes.html in the site and a "Changes since REF" annex in the PDF. */
class BuildSinceTest {

    @TempDir
    Path dir;

    @Test
    void theSiteAndThePdfShowWhatChangedSinceTheRef() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(dir);
        ScratchRepo.init(dir).commit("first draft").tag("v1");
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("{year: 2030, value: 3000}", "{year: 2030, value: 3500}"))
                .write("content/modules/1-intro/01-introduction.md", StrategyFixture.CHAPTER + "\n## Delivery\n\nIn 2027.\n");
        Path out = dir.resolve("build-output");

        CliRun run = strategy.press("build", "--content", strategy.content().toString(), "--templates", "templates",
                "--out", out.toString(), "--since", "v1");

        assertEquals(0, run.exitCode(), run.err());
        Document site = Jsoup.parse(out.resolve("html/changes.html").toFile());
        assertEquals("Changes since v1", site.selectFirst("h1").text());
        assertTrue(site.text().contains("KPI-GRADUATES ICT graduates per year"), site.text());
        assertTrue(site.select("td").eachText().containsAll(List.of("targets[2030].value", "3000", "3500")), site.text());
        assertTrue(Jsoup.parse(out.resolve("html/index.html").toFile()).select("a[href=changes.html]").size() == 1);

        Path printHtml;
        try (Stream<Path> s = Files.list(out.resolve("pdf"))) {
            printHtml = s.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
        }
        // the generated annexes come first (here the acronyms, from the stakeholder's short name), then the changes
        Element annex = Jsoup.parse(printHtml.toFile()).selectFirst("section.module.annex#changes");
        assertEquals("Annex B", annex.selectFirst("h1 > span.secnum").text());
        assertTrue(annex.selectFirst("h1").text().endsWith("Changes since v1"), annex.selectFirst("h1").text());
        int previous = 1;
        for (Element h : annex.select("h1, h2, h3, h4")) {
            int level = h.tagName().charAt(1) - '0';
            assertTrue(level <= previous + 1, "heading level skips at " + h);
            previous = level;
        }
        Path pdf = Path.of(printHtml.toString().replace(".html", ".pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Changes since v1"), text);
            boolean bookmarked = false;
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children())
                bookmarked |= item.getTitle().contains("Changes since v1");
            assertTrue(bookmarked, "the annex has a bookmark");
        }
    }

    @Test
    void withoutSinceThereIsNoChangesPageAndNoAnnex() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(dir);
        Path out = dir.resolve("build-output");

        BuildResult r = new Pipeline().build(BuildRequest.preview(strategy.content(), Path.of("templates"), out));

        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));
        assertTrue(Files.exists(out.resolve("html/index.html")));
        assertTrue(Files.notExists(out.resolve("html/changes.html")));
    }
}
