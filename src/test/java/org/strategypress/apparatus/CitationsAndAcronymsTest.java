package org.strategypress.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;

/**
 * A strategy with references, terms, front matter and an annex, built to site and PDF: citations numbered once, in
 * order of first citation, the same in both; back links that resolve; acronyms marked on the site and written out
 * at their first use in each part of the PDF.
 */
class CitationsAndAcronymsTest {

    static final String MDDT = "Ministry of Digital Development and Transport";

    @TempDir
    static Path dir;
    static StrategyFixture strategy;
    static String pdfText;

    @BeforeAll
    static void build() throws Exception {
        strategy = StrategyFixture.in(dir)
                .write("content/framework.yaml", StrategyFixture.FRAMEWORK + "    source: REF-ITU\n")
                .write("content/apparatus.yaml", """
                        references:
                          - {id: REF-EGOV, title: UN E-Government Survey 2024, publisher: United Nations, year: 2024, kind: report}
                          - {id: REF-ITU, title: Facts and Figures, publisher: ITU, year: 2024, url: "https://www.itu.int/itu-d/reports/statistics/", accessed: 2026-11-02, kind: dataset}
                          - {id: REF-DECREE, title: Decree No. 1138, kind: law}
                        terms:
                          - id: TERM-EGDI
                            term: E-Government Development Index
                            abbr: EGDI
                            definition: The UN's composite index of e-government readiness.
                        """)
                .write("content/front/01-summary.md", """
                        # Executive summary

                        MDDT leads the strategy. The EGDI rose [[REF-EGOV]].

                        {{key-figures}}
                        """)
                .write("content/modules/1-intro/01-introduction.md", """
                        # Introduction

                        The roadmap of 2016 [[REF-DECREE]] came first; MDDT now owns it, as the survey says [[REF-EGOV]].
                        MDDT reports each year. The EGDI is one measure.

                        {{national-targets}}
                        """)
                .write("content/annexes/01-method.md", """
                        # Methodology

                        Scores follow the survey [[REF-EGOV]] and the decree [[REF-DECREE]]; MDDT agreed them.
                        """);
        strategy.build();
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(strategy.pdf()))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            pdfText = stripper.getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void referencesAreNumberedOnceInOrderOfFirstCitation() {
        Document print = strategy.print();
        List<String> firstSeen = new ArrayList<>();
        for (Element a : print.select("section.module:not(#references) a.cite")) {
            String n = a.text();
            if (!firstSeen.contains(n)) firstSeen.add(n);
        }
        // front matter cites EGOV; module 1 cites DECREE, then its national targets block cites ITU as a source
        assertEquals(List.of("[1]", "[2]", "[3]"), firstSeen);
        assertEquals(Map.of("REF-EGOV", "[1]", "REF-DECREE", "[2]", "REF-ITU", "[3]"), labels(print));
        assertEquals(List.of("REF-EGOV", "REF-DECREE", "REF-ITU"),
                print.select("#references div.reference").eachAttr("id"));
        assertEquals("[1]", print.selectFirst("#REF-EGOV .reference-number").text());
    }

    @Test
    void theSiteShowsTheSameNumbersAsThePdf() {
        Map<String, String> site = new LinkedHashMap<>();
        for (String page : List.of("front-summary.html", "module-1.html", "annex-a.html"))
            site.putAll(labels(strategy.page(page)));
        assertEquals(labels(strategy.print()), site);
        assertTrue(pdfText.contains("Introduction"));
        // the PDF's text has the numbers where the print HTML has them, and the references annex lists them
        assertTrue(pdfText.contains("[2] Decree No. 1138"), pdfText);
        assertTrue(pdfText.contains("[1] United Nations (2024). UN E-Government Survey 2024"), pdfText);
        assertTrue(pdfText.contains("Accessed 2026-11-02"), pdfText);
    }

    @Test
    void everyBackLinkResolvesInThePdfAndOnTheSite() {
        Document print = strategy.print();
        List<String> places = new ArrayList<>();
        for (Element a : print.select("#references p.cited-at a")) {
            String href = a.attr("href");
            assertTrue(href.startsWith("#"), href);
            assertNotNull(print.getElementById(href.substring(1)), "no anchor " + href);
            places.add(a.text());
        }
        assertEquals(List.of("Executive summary", "Module 1, Introduction", "Annex A, Methodology",
                "Module 1, Introduction", "Annex A, Methodology", "NT-ICT"), places);
        assertEquals("[3]", strategy.page("NT-ICT.html").selectFirst("a.cite").text());
        for (Element a : strategy.page("references.html").select("p.cited-at a")) {
            String[] href = a.attr("href").split("#", 2);
            Document target = strategy.page(href[0]);
            if (href.length == 2) assertNotNull(target.getElementById(href[1]), "no anchor " + a.attr("href"));
        }
        // a citation links to its entry in the references
        assertEquals("references.html#REF-DECREE", strategy.page("module-1.html").selectFirst("a.cite[data-ref=REF-DECREE]").attr("href"));
    }

    @Test
    void theSiteMarksEveryUseOfAnAbbreviation() {
        Document module = strategy.page("module-1.html");
        List<String> titles = module.select("main section.module abbr").eachAttr("title");
        assertEquals(List.of(MDDT, MDDT, "E-Government Development Index"), titles);
        assertEquals("acronyms.html", strategy.page("acronyms.html").selectFirst("a[aria-current=page]").attr("href"));
    }

    @Test
    void thePdfWritesOutEachAbbreviationAtItsFirstUseInEachPart() {
        // front matter, module 1 and annex A each write MDDT out once, then use the abbreviation
        assertEquals(3, count(pdfText, MDDT + " (MDDT)"), pdfText);
        assertTrue(pdfText.contains(MDDT + " (MDDT) now owns it, as the survey says [1]. MDDT reports each year."), pdfText);
        assertTrue(pdfText.contains("The E-Government Development Index (EGDI) is one measure"), pdfText);
        assertTrue(pdfText.contains("Acronyms"));
        assertFalse(pdfText.contains("{{figure"));
    }

    private static Map<String, String> labels(Document d) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element a : d.select("a.cite")) {
            String before = out.putIfAbsent(a.attr("data-ref"), a.text());
            if (before != null) assertEquals(before, a.text(), "two numbers for " + a.attr("data-ref"));
        }
        return out;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
