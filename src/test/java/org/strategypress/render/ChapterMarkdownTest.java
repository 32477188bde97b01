package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;

/**
 * What a writer's chapter turns into: [[ID]] links, directives with a pillar, default blocks for a module
 * without directives, raw HTML and script links made harmless, and a page per entity with its backlinks.
 */
class ChapterMarkdownTest {

    @TempDir
    static Path dir;
    static StrategyFixture strategy;
    static Document intro;
    static Document print;

    @BeforeAll
    static void build() {
        strategy = StrategyFixture.in(dir)
                .write("content/connect.yaml", StrategyFixture.CONNECTIVITY)
                .write("content/modules/1-intro/01-introduction.md", """
                        # Introduction

                        The academy [[INI-ACADEMY]] opens soon; see [[GAP-SKILLS|the skills gap]] and
                        milestone [[MS-ACADEMY-OPEN]].

                        <script>alert("x")</script>

                        A <b onclick="steal()">bold</b> claim and a [bad link](javascript:alert(1)).
                        """)
                .write("content/modules/3-vision/01-vision.md", """
                        # Vision and gaps

                        No directive here: this module gets its default blocks.
                        """)
                .write("content/modules/4-roadmap/01-kpis.md", """
                        # Connectivity KPIs

                        {{kpi-table pillar=CONNECT}}
                        """);
        strategy.build();
        intro = strategy.page("module-1.html");
        print = strategy.print();
    }

    @Test
    void anIdInDoubleBracketsLinksToTheEntityWithItsIdAndTitle() {
        Element a = intro.selectFirst("main a.ref[href=INI-ACADEMY.html]");
        assertNotNull(a, intro.select("main").html());
        assertEquals("INI-ACADEMY National ICT academy", a.text());
        Element gap = print.selectFirst("section.module a.ref[href=#GAP-SKILLS]");
        assertNotNull(gap, "in print the link goes to the gap's row, shown by module 3's default blocks");
        // no block of this document shows the initiative, so print has no anchor for it: the text stays, unlinked
        Element ini = print.selectFirst("section.module span.ref:contains(INI-ACADEMY)");
        assertNotNull(ini, print.select("section.module p").outerHtml());
        assertEquals("INI-ACADEMY National ICT academy", ini.text());
        assertNull(print.selectFirst("a[href=#INI-ACADEMY]"));
    }

    @Test
    void anIdWithTextShowsTheTextAndAMilestoneLinksIntoItsInitiative() {
        Element gap = intro.selectFirst("main a.ref[href=GAP-SKILLS.html]");
        assertNotNull(gap);
        assertEquals("the skills gap", gap.text());
        Element ms = intro.selectFirst("main a.ref[href=INI-ACADEMY.html#MS-ACADEMY-OPEN]");
        assertNotNull(ms, intro.select("main p").outerHtml());
        assertTrue(ms.text().startsWith("MS-ACADEMY-OPEN"), ms.text());
        assertNotNull(strategy.page("INI-ACADEMY.html").getElementById("MS-ACADEMY-OPEN"), "the milestone's anchor exists");
    }

    @Test
    void rawHtmlIsShownAsTextAndNeverRendered() {
        for (Document d : List.of(intro, print)) {
            // the site's own scripts live in site/ and load from the head; none may come from the content
            assertTrue(d.select("main script, script:not([src^=site/])").isEmpty(), "a script element reached the output");
            assertTrue(d.select("[onclick]").isEmpty(), "an event handler reached the output");
            assertTrue(d.select("section.module b").isEmpty());
            assertTrue(d.selectFirst("section.module").text().contains("<script>alert(\"x\")</script>"),
                    "the raw HTML is shown as text");
        }
    }

    @Test
    void aJavascriptLinkIsNeutralised() {
        for (Document d : List.of(intro, print)) {
            assertTrue(d.select("a[href^=javascript], a[href*=alert]").isEmpty(), d.select("a").outerHtml());
            assertTrue(d.selectFirst("section.module").text().contains("bad link"), "the link text stays");
        }
    }

    @Test
    void aKpiTableWithAPillarShowsOnlyThatPillarsKpis() {
        Document m4 = strategy.page("module-4.html");
        Elements tables = m4.select("table.data.kpis");
        assertEquals(1, tables.size());
        assertEquals(List.of("KPI-FIBRE"), tables.get(0).select("tbody tr").eachAttr("id"));
        assertTrue(tables.get(0).selectFirst("caption").text().endsWith("Key performance indicators: CONNECT"));
        assertNull(m4.selectFirst("table.data.kpis tr#KPI-GRADUATES"));
        assertEquals(List.of(), m4.select(".block-title").eachText(), "a module with a directive gets no default blocks");
    }

    @Test
    void aModuleWithoutDirectivesGetsItsDefaultBlocks() {
        Document m3 = strategy.page("module-3.html");
        assertEquals(List.of("visions", "gaps", "objectives", "national-targets", "results-chain", "chain-diagram"),
                m3.select("div.block").stream().map(b -> b.className().replace("block block-", "")).toList());
        assertEquals(List.of("To-be vision by pillar", "Gap analysis", "Strategic objectives",
                "National targets", "Results chain", "Results chain diagrams"),
                m3.select("div.block > .block-title").stream().map(h -> h.ownText().strip()).toList());
        assertNotNull(m3.selectFirst("table.gaps tr#GAP-SKILLS"));
        assertNotNull(m3.selectFirst("table.chain"));
        Document m1 = strategy.page("module-1.html");
        assertNotNull(m1.selectFirst("table.maturity"), "module 1 has only prose, so it gets its defaults too");
    }

    @Test
    void everyEntityHasAPageWithItsBacklinks() {
        for (String id : List.of("MDDT", "P1", "NT-ICT", "BM-EE", "GAP-SKILLS", "GAP-FIBRE", "INI-ACADEMY", "INI-FIBRE",
                "KPI-GRADUATES", "KPI-FIBRE"))
            assertTrue(Files.isRegularFile(strategy.out().resolve("html").resolve(id + ".html")), id + ".html");

        Document gap = strategy.page("GAP-SKILLS.html");
        assertEquals("GAP-SKILLS", gap.selectFirst("article.entity-gaps").id());
        assertEquals("GAP-SKILLS Too few ICT specialists", gap.selectFirst("article h1").text());
        assertEquals("Addressed by: INI-ACADEMY National ICT academy", backlinks(gap, "Addressed by"));

        Document ini = strategy.page("INI-ACADEMY.html");
        assertEquals("Measured by: KPI-GRADUATES ICT graduates per year", backlinks(ini, "Measured by"));
        Document target = strategy.page("NT-ICT.html");
        // in the order the writer's files give them: connect.yaml before kpis.yaml
        assertEquals("KPIs contributing: KPI-FIBRE Villages on fibre, KPI-GRADUATES ICT graduates per year",
                backlinks(target, "KPIs contributing"));
        Document mddt = strategy.page("MDDT.html");
        assertEquals("Owns initiatives: INI-FIBRE Rural fibre programme, INI-ACADEMY National ICT academy",
                backlinks(mddt, "Owns initiatives"));
        assertEquals(List.of("INI-FIBRE.html", "INI-ACADEMY.html"),
                mddt.select("p.backlinks:contains(Owns initiatives) a.ref").eachAttr("href"));
        Document priority = strategy.page("P1.html");
        assertEquals(List.of("NT-ICT.html"), priority.select("article li a").eachAttr("href"));
        Document pillar = strategy.page("SKILLS.html");
        assertEquals("SKILLS", pillar.selectFirst("article.pillar").id());
        assertNotNull(pillar.selectFirst("table.kpis tr#KPI-GRADUATES"));
        assertNull(pillar.selectFirst("table.kpis tr#KPI-FIBRE"), "a pillar page shows its own KPIs only");
    }

    private static String backlinks(Document page, String label) {
        for (Element p : page.select("p.backlinks")) if (p.text().startsWith(label + ":")) return p.text();
        throw new AssertionError("no backlinks '" + label + "' in " + page.select("article").outerHtml());
    }

    @Test
    void noEntityLinkIsBroken() {
        assertTrue(intro.select("span.ref.broken").isEmpty());
        assertTrue(print.select("span.ref.broken").isEmpty());
    }
}
