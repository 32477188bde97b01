package org.strategypress.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.Output;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.testing.StrategyFixture;

/**
 * Paragraph numbers (module.chapter.paragraph) are the same in every build of the same content, move only near an
 * edit, and data/sourcemap.json takes each of them, and each entity id, to the file, line and column it came from.
 */
class ParagraphNumbersTest {

    static final String PILLAR_CHAPTER = """
            ---
            title: Skills in depth
            ---
            # Skills in depth

            First paragraph of the second chapter.

            - a list item
            - another one

            {{kpi-table}}

            Last paragraph, after the block.
            """;

    @TempDir
    Path dir;

    @Test
    void numbersAreTheSameInTwoBuildsAndChangeOnlyNearAnEdit() {
        StrategyFixture strategy = StrategyFixture.in(dir)
                .write("content/modules/1-intro/01-introduction.md", StrategyFixture.CHAPTER + "\nA second paragraph.\n")
                .write("content/modules/1-intro/02-skills.md", PILLAR_CHAPTER);
        Map<String, String> first = numbers(build(strategy));
        Map<String, String> again = numbers(build(strategy));
        assertEquals(first, again);
        assertEquals("1.2.1", key(first, "First paragraph of the second chapter."));
        assertEquals("1.2.4", key(first, "Last paragraph, after the block."));

        // reword a paragraph of chapter 1 and insert one at its top: chapter 2 keeps every number
        strategy.write("content/modules/1-intro/01-introduction.md", StrategyFixture.CHAPTER
                .replace("This strategy", "A new opening paragraph.\n\nThis strategy") + "\nA second paragraph, reworded.\n");
        Map<String, String> edited = numbers(build(strategy));
        assertEquals("1.1.1", key(edited, "A new opening paragraph."));
        assertEquals("1.1.3", key(edited, "A second paragraph, reworded."));
        for (String n : first.keySet()) if (n.startsWith("1.2.")) assertEquals(first.get(n), edited.get(n), n);
        assertNotEquals(first.get("1.1.1"), edited.get("1.1.1"));
    }

    @Test
    void anAnnexsBlocksAreNumberedUnderTheirOwnSectionsHeading() {
        Document doc = org.jsoup.Jsoup.parse("""
                <section class="module annex" data-number="F"><h1><span class="secnum">Annex F</span>Sheets</h1>
                  <p>Before any sheet.</p>
                  <section class="kpi-sheet-entry"><h2><span class="secnum">F.1</span>KPI-A</h2><table></table><p>Note on A.</p></section>
                  <section class="kpi-sheet-entry"><h2><span class="secnum">F.2</span>KPI-B</h2><table></table></section>
                </section>
                <section class="module" data-number="2"><h2><span class="secnum">2.1</span>Outside a chapter</h2><p>Module text.</p>
                  <section class="chapter"><p>Chapter text.</p></section></section>""");
        org.strategypress.render.html.ParagraphNumbers.number(doc);
        Map<String, String> numbers = new LinkedHashMap<>();
        for (Element e : doc.select("[data-para]")) numbers.put(e.attr("data-para"), e.tagName() + ":" + e.text());
        assertEquals(Map.of("F.0.1", "p:Before any sheet.", "F.1.1", "table:", "F.1.2", "p:Note on A.", "F.2.1", "table:",
                "2.0.1", "p:Module text.", "2.1.1", "p:Chapter text."), numbers, "each sheet's blocks under its heading's number");
    }

    @Test
    void theSourceMapNamesFileLineAndColumnOfEachNumberAndEntity() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/modules/1-intro/02-skills.md", PILLAR_CHAPTER);
        build(strategy);
        SourceMap map = SourceMap.read(strategy.out().resolve("data").resolve(SourceMap.FILE));

        SourceMap.Paragraph last = map.paragraph("1.2.4").orElseThrow();
        assertEquals(new SourceMap.Place("modules/1-intro/02-skills.md", 13, 1), last.at());
        assertEquals("Last paragraph, after the block.", last.text());
        SourceMap.Paragraph block = map.paragraph("1.2.3").orElseThrow();
        assertEquals("block:kpi-table", block.kind());
        assertEquals(11, block.at().line());
        assertEquals(new SourceMap.Place("modules/1-intro/01-introduction.md", 6, 1), map.paragraph("1.1.1").orElseThrow().at());
        SourceMap.Place kpi = map.entities().get("KPI-GRADUATES");
        assertEquals("kpis.yaml", kpi.file());
        assertTrue(kpi.line() > 0, kpi.toString());
    }

    @Test
    void theFrontMattersParagraphsAreInTheSourceMapAtTheirLines() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/front/01-summary.md", """
                # Executive summary

                The first paragraph of the summary.

                The second one.
                """);
        build(strategy);
        SourceMap map = SourceMap.read(strategy.out().resolve("data").resolve(SourceMap.FILE));
        SourceMap.Paragraph second = map.paragraphs().stream().filter(p -> p.text().equals("The second one.")).findFirst().orElseThrow();
        assertTrue(second.number().startsWith("F"), second.number());
        assertEquals(new SourceMap.Place("front/01-summary.md", 5, 1), second.at(), "a reviewer's comment on it comes back here");
    }

    @Test
    void theSiteShowsEachNumberAsAHoverAnchor() {
        StrategyFixture strategy = StrategyFixture.in(dir);
        build(strategy);
        Document page = strategy.page("module-1.html");
        Element p = page.selectFirst("p[data-para=1.1.1]");
        Element anchor = p.previousElementSibling();
        assertEquals("para-num", anchor.className());
        assertEquals("#" + p.id(), anchor.attr("href"));
        assertEquals("1.1.1", anchor.attr("data-label"));
    }

    private BuildResult build(StrategyFixture strategy) {
        BuildResult r = new Pipeline().build(BuildRequest.of(strategy.content(), Path.of("templates").toAbsolutePath(), strategy.out())
                .only(EnumSet.of(Output.SITE, Output.DATA)));
        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));
        return r;
    }

    /** Number to text, from the source map of the last build. */
    private Map<String, String> numbers(BuildResult r) {
        SourceMap map = SourceMap.read(r.outputs().get(0).getParent().getParent().resolve("data").resolve(SourceMap.FILE));
        Map<String, String> out = new LinkedHashMap<>();
        for (SourceMap.Paragraph p : map.paragraphs()) out.put(p.number(), p.text());
        return out;
    }

    private static String key(Map<String, String> numbers, String text) {
        return numbers.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph \"" + text + "\" in " + numbers));
    }
}
