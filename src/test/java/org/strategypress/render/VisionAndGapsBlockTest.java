package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;

/** Module 3 blocks: visions, gaps, objectives, national-targets and results-chain. */
class VisionAndGapsBlockTest {

    @TempDir
    static Path dir;
    static StrategyFixture strategy;
    static Document site;
    static Document print;

    @BeforeAll
    static void build() {
        strategy = StrategyFixture.in(dir)
                .write("content/framework.yaml", """
                        priorities:
                          - id: P1
                            title: A competitive economy
                          - id: P2
                            title: A clean environment
                        national_targets:
                          - id: NT-ICT
                            priority: P1
                            title: ICT share of GDP
                            indicator: ICT value added
                            unit: "%"
                            baseline: {value: 2.1, year: 2024}
                            target: {value: 4, year: 2030}
                            source: State Statistical Committee
                          - id: NT-TALENT
                            priority: P1
                            title: ICT talent
                            illustrative: true
                          - id: NT-GREEN
                            priority: P2
                            title: Green energy share
                        objectives:
                          - id: OBJ-SKILLS
                            title: Build ICT talent
                            pillar: SKILLS
                            contributes_to: [NT-ICT, NT-TALENT]
                        """)
                .write("content/pillars.yaml", StrategyFixture.PILLARS
                        .replace("    statement: Every worker can use digital tools at work.\n", """
                                    statement: Every worker can use *digital* tools at work.
                                    outcomes: [More ICT graduates, Higher wages]
                                """)
                        .replace("    to_be: A steady supply of ICT graduates.\n", """
                                    to_be: A steady supply of ICT graduates.
                                    severity: high
                                """))
                .write("content/initiatives.yaml", StrategyFixture.INITIATIVES.replace("    owner: MDDT\n", """
                            owner: MDDT
                            objectives: [OBJ-SKILLS]
                        """))
                .write("content/kpis.yaml", StrategyFixture.KPIS.replace("contributes_to: [NT-ICT]", "contributes_to: [NT-ICT, NT-TALENT]"))
                .write("content/modules/3-vision/01-vision.md", """
                        # Vision and gaps

                        {{visions}}

                        {{gaps}}

                        {{objectives}}

                        {{national-targets}}

                        {{results-chain}}
                        """);
        strategy.build();
        site = strategy.page("module-3.html");
        print = strategy.print();
    }

    @Test
    void visionsShowTheStatementAndOutcomesUnderThePillarTitle() {
        for (Document d : List.of(site, print)) {
            Element v = d.selectFirst("section.vision");
            assertNotNull(v);
            assertTrue(v.selectFirst("h1, h2, h3, h4").text().endsWith("Digital skills"));
            assertEquals("Every worker can use digital tools at work.", v.selectFirst(".statement").text());
            assertEquals("digital", v.selectFirst(".statement em").text());
            assertEquals(List.of("More ICT graduates", "Higher wages"), v.select("ul li").eachText());
        }
    }

    @Test
    void gapsShowAsIsToBeSeverityAndTheInitiativesAddressingThem() {
        for (Document d : List.of(site, print)) {
            Element table = d.selectFirst("table.data.gaps");
            assertTrue(table.selectFirst("caption").text().endsWith("Gaps in Digital skills"));
            Element row = table.selectFirst("tr#GAP-SKILLS");
            assertNotNull(row, "gap row carries the gap id");
            Elements td = row.select("> td");
            assertEquals("GAP-SKILLS Too few ICT specialists", td.get(0).text());
            assertEquals("Few graduates in ICT.", td.get(1).text());
            assertEquals("A steady supply of ICT graduates.", td.get(2).text());
            assertEquals("high", td.get(3).text());
            assertTrue(td.get(3).hasClass("high"));
            assertEquals("INI-ACADEMY", td.get(4).text());
        }
        assertEquals("INI-ACADEMY.html", site.selectFirst("tr#GAP-SKILLS td:eq(4) a.ref").attr("href"));
    }

    @Test
    void objectivesShowTheNationalTargetsTheyServe() {
        for (Document d : List.of(site, print)) {
            Element row = d.selectFirst("table.data.objectives tr#OBJ-SKILLS");
            assertNotNull(row);
            Elements td = row.select("> td");
            assertEquals("OBJ-SKILLS Build ICT talent", td.get(0).text());
            assertEquals("SKILLS", td.get(1).text());
            assertEquals("NT-ICT ICT share of GDP, NT-TALENT ICT talent", td.get(2).text());
            assertEquals("INI-ACADEMY", td.get(3).text());
        }
        assertEquals(List.of("#NT-ICT", "#NT-TALENT"), print.select("tr#OBJ-SKILLS td:eq(2) a.ref").eachAttr("href"));
        assertEquals(List.of("NT-ICT.html", "NT-TALENT.html"), site.select("tr#OBJ-SKILLS td:eq(2) a.ref").eachAttr("href"));
    }

    @Test
    void nationalTargetsAreGroupedByPriority() {
        for (Document d : List.of(site, print)) {
            Elements priorities = d.select("section.priority");
            assertEquals(List.of("P1", "P2"), priorities.eachAttr("id"));
            Element p1 = priorities.get(0);
            assertTrue(p1.selectFirst("h1, h2, h3, h4").text().endsWith("A competitive economy"));
            assertEquals(List.of("NT-ICT", "NT-TALENT"), p1.select("tbody tr").eachAttr("id"));
            Elements ict = p1.select("tr#NT-ICT > td");
            assertEquals(List.of("NT-ICT ICT share of GDP", "ICT value added (%)", "2.1 (2024)", "4 (2030)",
                    "State Statistical Committee", "KPI-GRADUATES"), ict.eachText());
            assertNotNull(p1.selectFirst("tr#NT-TALENT .mark-illustrative"), "an illustrative target is marked");
            assertEquals(List.of("NT-GREEN"), priorities.get(1).select("tbody tr").eachAttr("id"));
        }
    }

    @Test
    void resultsChainHasARowFromGapToPriority() {
        for (Document d : List.of(site, print)) {
            Element table = d.selectFirst("table.data.chain");
            assertNotNull(table);
            assertEquals(List.of("Gap", "Initiative", "KPI", "National target", "Priority"), table.select("thead th").eachText());
            Elements rows = table.select("tbody tr");
            assertEquals(1, rows.size());
            assertEquals(List.of("GAP-SKILLS", "INI-ACADEMY", "KPI-GRADUATES ICT graduates per year", "NT-ICT, NT-TALENT", "P1"),
                    rows.get(0).select("td").eachText());
        }
        assertEquals(List.of("GAP-SKILLS.html", "INI-ACADEMY.html", "KPI-GRADUATES.html", "NT-ICT.html", "NT-TALENT.html", "P1.html"),
                site.select("table.chain tbody a.ref").eachAttr("href"));
    }
}
