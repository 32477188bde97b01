package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;

/** A strategy in English and Azerbaijani builds one site and one PDF per language, fallbacks marked. */
class MultilingualBuildTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void bilingual() {
        strategy = StrategyFixture.in(dir)
                .write("content/strategy.yaml", """
                        title: {en: Digital Economy Strategy, az: Rəqəmsal İqtisadiyyat Strategiyası}
                        country: {en: Azerbaijan, az: Azərbaycan}
                        languages: [en, az]
                        status: draft
                        version: "1.0"
                        horizon: {from: 2026, to: 2030}
                        """)
                .write("content/pillars.yaml", StrategyFixture.PILLARS.replace("title: Digital skills",
                        "title: {en: Digital skills, az: Rəqəmsal bacarıqlar}"))
                .write("content/modules/1-intro/01-introduction.az.md", """
                        ---
                        title: Giriş
                        translation: machine
                        ---
                        # Giriş

                        Bu strategiya rəqəmsal bacarıqları inkişaf etdirir ([[SKILLS]]).
                        """);
    }

    @Test
    void eachLanguageHasItsSiteAtTheSamePathsAndItsPdf() throws IOException {
        strategy.build();
        Path html = strategy.out().resolve("html");
        List<String> en = pages(html.resolve("en"));
        assertFalse(en.isEmpty());
        assertEquals(en, pages(html.resolve("az")), "the same pages in both languages");
        assertEquals("en", page("en", "index.html").selectFirst("html").attr("lang"));
        assertEquals("az", page("az", "module-1.html").selectFirst("html").attr("lang"));
        assertTrue(Files.isRegularFile(html.resolve("index.html")), "a page that leads to the languages");
        for (String lang : List.of("en", "az")) {
            Path pdf = strategy.out().resolve("pdf/strategy-1.0-" + lang + ".pdf");
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                assertEquals(lang, d.getDocumentCatalog().getLanguage());
                String text = new PDFTextStripper().getText(d);
                assertTrue(text.contains(lang.equals("az") ? "Rəqəmsal İqtisadiyyat Strategiyası" : "Digital Economy Strategy"),
                        "the cover in " + lang);
            }
        }
    }

    @Test
    void theTranslationIsShownAndMarkedAsMachineMade() {
        strategy.build();
        Document az = page("az", "module-1.html");
        assertTrue(az.select("section.module").text().contains("Bu strategiya rəqəmsal bacarıqları inkişaf etdirir"));
        assertEquals("Giriş", az.selectFirst("h1.module-title").ownText().trim());
        assertNotNull(az.selectFirst("p.translation-note.machine"), "a machine translation says so");
        assertEquals(null, page("en", "module-1.html").selectFirst("p.translation-note"));
    }

    @Test
    void aTextWithoutTranslationFallsBackToTheSourceLanguageVisibly() throws IOException {
        strategy.build();
        // the assessment's summary and the KPI's title have no Azerbaijani value
        Document pillar = page("az", "SKILLS.html");
        Element summary = pillar.selectFirst("div.untranslated[lang=en]");
        assertNotNull(summary, "a Markdown text in English is marked");
        assertNotNull(summary.selectFirst(".untranslated-note"));
        Element title = pillar.selectFirst("span.untranslated[lang=en]");
        assertNotNull(title, "a plain text in English is marked");
        assertEquals("hələ tərcümə olunmayıb", title.nextElementSibling().text());
        assertTrue(pillar.select("h1").text().contains("Rəqəmsal bacarıqlar"), "the pillar's own title is translated");
        assertTrue(page("en", "SKILLS.html").select(".untranslated").isEmpty(), "nothing falls back in the source");
        try (PDDocument d = Loader.loadPDF(strategy.out().resolve("pdf/strategy-1.0-az.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(d).contains("hələ tərcümə olunmayıb"), "the PDF marks fallbacks too");
        }
    }

    @Test
    void anUntranslatedChapterIsItsSourceMarked() {
        strategy.delete("content/modules/1-intro/01-introduction.az.md");
        strategy.build();
        Element chapter = page("az", "module-1.html").selectFirst("section.chapter.untranslated");
        assertNotNull(chapter);
        assertEquals("en", chapter.attr("lang"));
        assertTrue(chapter.text().contains("This strategy builds digital skills"));
        assertEquals("hələ tərcümə olunmayıb", chapter.selectFirst("p.untranslated-note").text());
    }

    @Test
    void everyPageLinksToItselfInTheOtherLanguage() throws IOException {
        strategy.build();
        Path html = strategy.out().resolve("html");
        for (String name : pages(html.resolve("en"))) {
            Element link = page("en", name).selectFirst("nav.languages a.lang-switch[hreflang=az]");
            assertNotNull(link, name + " has a switcher");
            Path target = html.resolve("en").resolve(name).getParent().resolve(link.attr("href")).normalize();
            assertEquals(html.resolve("az").resolve(name), target, "the switcher of " + name);
            assertEquals("../en/" + name, page("az", name).selectFirst("nav.languages a.lang-switch").attr("href"));
        }
    }

    @Test
    void aTranslatedChapterKeepsTheAnchorsOfItsSource() {
        strategy.write("content/modules/1-intro/01-introduction.md", StrategyFixture.CHAPTER + "\n## Why now\n\nBecause.\n")
                .write("content/modules/1-intro/01-introduction.az.md", """
                        ---
                        title: Giriş
                        ---
                        # Giriş

                        Bu strategiya rəqəmsal bacarıqları inkişaf etdirir ([[SKILLS]]).

                        ## Niyə indi

                        Çünki.
                        """);
        strategy.build();
        List<String> en = page("en", "module-1.html").select("section.module [id]").eachAttr("id");
        List<String> az = page("az", "module-1.html").select("section.module [id]").eachAttr("id");
        assertTrue(en.stream().anyMatch(id -> id.endsWith("why-now")), en.toString());
        assertEquals(en, az, "the same anchors in both languages");
    }

    @Test
    void theReferencesSayWhereTheyAreCitedInEachEditionsWords() {
        strategy.write("content/apparatus.yaml", """
                        references:
                          - {id: REF-EGOV, title: UN E-Government Survey 2024, publisher: United Nations, year: 2024}
                        """)
                .write("content/modules/1-intro/01-introduction.md", StrategyFixture.CHAPTER + "\nThe survey [[REF-EGOV]].\n")
                .write("content/modules/1-intro/01-introduction.az.md", strategy.read("content/modules/1-intro/01-introduction.az.md")
                        + "\nSorğu [[REF-EGOV]].\n")
                .write("content/annexes/01-method.md", "# Methodology\n\nScores follow the survey [[REF-EGOV]].\n");
        strategy.build();
        assertEquals(List.of("Module 1, Introduction", "Annex A, Methodology"), citedAt(page("en", "references.html")));
        List<String> az = List.of("Modul 1, Giriş", "Əlavə A, Methodology");
        assertEquals(az, citedAt(page("az", "references.html")), "the az words, and the chapter's az title");
        assertEquals(az, citedAt(StrategyFixture.parse(strategy.out().resolve("pdf/strategy-1.0-az.html"))), "the az PDF too");
    }

    private static List<String> citedAt(Document references) {
        return references.select("p.cited-at a").eachText();
    }

    private Document page(String lang, String name) {
        return StrategyFixture.parse(strategy.out().resolve("html").resolve(lang).resolve(name));
    }

    private static List<String> pages(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(".html")).map(f -> dir.relativize(f).toString()).sorted().toList();
        }
    }
}
