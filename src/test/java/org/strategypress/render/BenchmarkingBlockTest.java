package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** Module 2 blocks: trends, benchmarks and benchmark-table. */
class BenchmarkingBlockTest {

    @TempDir
    static Path dir;
    static StrategyFixture strategy;
    static Document site;
    static Document print;

    @BeforeAll
    static void build() {
        strategy = StrategyFixture.in(dir)
                .write("content/trends.yaml", """
                        trends:
                          - id: TR-AI
                            title: Generative AI
                            summary: Models that write text change **office work**.
                            sources: [OECD 2024]
                        """)
                .write("content/benchmarks.yaml", StrategyFixture.BENCHMARKS.replace("""
                            summary: Skills taught from school onwards.
                        """, """
                            summary: Skills taught from school onwards.
                            practices: [ICT in every school]
                            lessons: [Start early]
                            pillars: [SKILLS]
                            metrics:
                              - name: ICT specialists
                                unit: "% of employment"
                                value: 6.7
                                home_value: 1.2
                                year: 2023
                                source: Eurostat
                              - name: Coding pupils
                                unit: "%"
                                value: 90
                                home_value: 15
                                year: 2024
                                illustrative: true
                        """))
                .write("content/modules/2-benchmarking/01-examples.md", """
                        # Benchmarking

                        {{trends}}

                        {{benchmarks}}

                        {{benchmark-table}}
                        """);
        strategy.build();
        site = strategy.page("module-2.html");
        print = strategy.print();
    }

    @Test
    void trendsShowTitleSummaryAndSources() {
        for (Document d : List.of(site, print)) {
            Element t = d.selectFirst("section.trend#TR-AI");
            assertNotNull(t, "no trend with its id");
            assertTrue(t.selectFirst("h1, h2, h3, h4").text().endsWith("Generative AI"));
            assertEquals("Models that write text change office work.", t.selectFirst(".prose").text());
            assertEquals("office work", t.selectFirst(".prose strong").text());
            assertEquals("Sources: OECD 2024", t.selectFirst("p.sources").text());
        }
    }

    @Test
    void benchmarksShowPracticesLessonsAndMetricsBesideTheHomeValue() {
        for (Document d : List.of(site, print)) {
            Elements sections = d.select("section.benchmark");
            assertEquals(List.of("BM-EE", "BM-SG", "BM-KR", "BM-FI"), sections.eachAttr("id"));
            Element ee = d.selectFirst("section.benchmark#BM-EE");
            assertTrue(ee.selectFirst("h1, h2, h3, h4").text().endsWith("Estonia: Digital state"));
            assertTrue(ee.text().contains("ICT in every school"));
            assertTrue(ee.text().contains("Start early"));
            Element table = ee.selectFirst("table.data.metrics");
            assertEquals(List.of("Metric", "Estonia", "Azerbaijan", "Year", "Source"), table.select("thead th").eachText());
            Elements rows = table.select("tbody tr");
            assertEquals(List.of("ICT specialists (% of employment)", "6.7", "1.2", "2023", "Eurostat"), rows.get(0).select("td").eachText());
            assertNull(rows.get(0).selectFirst(".mark-illustrative"), "a sourced figure is not marked");
            assertEquals("illustrative", rows.get(1).selectFirst("td .mark-illustrative").text());
            assertEquals(List.of("90", "15"), rows.get(1).select("td.num").eachText());
            assertTrue(ee.selectFirst("p.backlinks").text().startsWith("Informs: SKILLS Digital skills"));
            assertNull(d.selectFirst("section.benchmark#BM-SG table"), "no metrics table without metrics");
        }
    }

    @Test
    void benchmarkTableListsEveryMetricWithItsCountryAndTheHomeValue() {
        for (Document d : List.of(site, print)) {
            Element table = d.selectFirst("table.data.benchmark-table");
            assertNotNull(table);
            Elements rows = table.select("tbody tr");
            assertEquals(2, rows.size());
            assertEquals(List.of("BM-EE Estonia", "ICT specialists (% of employment)", "6.7", "1.2", "2023"), rows.get(0).select("td").eachText());
            assertEquals("Coding pupils (%) illustrative", rows.get(1).select("td").get(1).text());
            assertNotNull(rows.get(1).selectFirst(".mark-illustrative"));
        }
        assertEquals("BM-EE.html", site.selectFirst("table.benchmark-table a.ref").attr("href"));
        assertEquals("#BM-EE", print.selectFirst("table.benchmark-table a.ref").attr("href"));
    }
}
