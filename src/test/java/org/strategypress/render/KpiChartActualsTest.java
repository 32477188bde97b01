package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;

/**
 * The KPI chart draws the actuals beside the planned line: each actual as a triangle (hollow when illustrative) at
 * its date, on a solid line of its own, with the reporting date as a vertical line, in the site and the PDF's HTML.
 * The expected positions are worked out here from the YAML: years 2024 to 2030 are seven columns of 200/7 units, a
 * year sits in the middle of its column and a month {@code M} (M-1)/12 of a column later; values 1000 to 3000 run
 * from 28 (bottom) to 4 (top) of a plot 32 high.
 */
class KpiChartActualsTest {

    @TempDir
    static Path dir;
    static Document site;
    static Document print;

    @BeforeAll
    static void build() {
        StrategyFixture strategy = StrategyFixture.in(dir)
                .write("content/strategy.yaml", StrategyFixture.STRATEGY + "as_of: 2026-09\n")
                .write("content/kpis.yaml", StrategyFixture.KPIS + """
                            source: Ministry of Education
                            actuals:
                              - {year: 2026-07, value: 1500, illustrative: true}
                              - {year: 2025, value: 1300, source: Ministry of Education}
                        """)
                .write("content/modules/4-roadmap/01-roadmap.md", "# Roadmap\n\n{{kpi-chart}}\n");
        strategy.build();
        site = strategy.page("module-4.html");
        print = strategy.print();
    }

    private static double x(double years) {
        return Math.round((years - 2024 + 0.5) * 200 / 7 * 100) / 100.0;
    }

    private static double y(double value) {
        return 4 + 24 * (3000 - value) / 2000;
    }

    @Test
    void actualsAreTrianglesAtTheirDateAndValueOnALineOfTheirOwn() {
        for (Document d : List.of(site, print)) {
            Element row = d.selectFirst("figure.kpi-chart#fig-kpi-SKILLS .chart-row:not(.chart-axis)");
            assertNotNull(row);
            List<Element> triangles = row.select("svg polygon.marker.actual");
            assertEquals(2, triangles.size(), "one triangle per actual");
            // in time order, whatever the YAML's order: 2025 (sourced, filled), then July 2026 (illustrative, hollow)
            assertCentre(triangles.get(0), x(2025), y(1300));
            assertFalse(triangles.get(0).hasClass("illustrative"));
            assertCentre(triangles.get(1), x(2026 + 6 / 12.0), y(1500));
            assertTrue(triangles.get(1).hasClass("illustrative"), "an illustrative actual is drawn hollow");
            assertEquals(pt(x(2025), y(1300)) + " " + pt(x(2026.5), y(1500)),
                    row.selectFirst("svg polyline.actual-line").attr("points"), "the actuals joined, apart from the plan");
            assertEquals(pt(x(2024), y(1200)) + " " + pt(x(2028), y(2000)) + " " + pt(x(2030), y(3000)),
                    row.selectFirst("svg polyline.trajectory").attr("points"), "the plan: baseline to targets");
            Element asOf = row.selectFirst("svg line.as-of");
            assertEquals(x(2026 + 8 / 12.0), Double.parseDouble(asOf.attr("x1")), 0.006, "September 2026");
            assertEquals(asOf.attr("x1"), asOf.attr("x2"), "a vertical line");
        }
    }

    @Test
    void valuesLegendAndCaptionNameTheActualsAndTheReportingDate() {
        for (Document d : List.of(site, print)) {
            Element fig = d.selectFirst("figure.kpi-chart#fig-kpi-SKILLS");
            assertEquals(List.of("Baseline", "Target", "Actual", "Actual, illustrative", "Reporting date 2026-09"),
                    fig.select(".chart-legend .legend-entry").eachText());
            Element value = fig.selectFirst(".chart-row:not(.chart-axis) .chart-value");
            assertEquals("1,200 (2024) › 2,000 (2028) › 3,000 (2030) graduates", value.selectFirst(".plan").text());
            assertEquals("actual: 1,300 (2025), 1,500i (2026-07)", value.selectFirst(".actuals").text());
            assertEquals(List.of("1,500i"), value.select(".value-illustrative").eachText(), "only the illustrative actual is marked");
            assertTrue(fig.selectFirst("figcaption").text().contains("with actuals reported by 2026-09"),
                    fig.selectFirst("figcaption").text());
            assertEquals("KPI-GRADUATES planned from 1,200 (2024) to 2,000 (2028) to 3,000 (2030) graduates; "
                    + "actual 1,300 (2025), 1,500 (2026-07) illustrative, as of 2026-09",
                    fig.selectFirst(".chart-row:not(.chart-axis) svg").attr("aria-label"));
        }
    }

    /** A point as SVG's points attribute writes it. */
    private static String pt(double x, double y) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString() + "," + BigDecimal.valueOf(y).stripTrailingZeros().toPlainString();
    }

    private static void assertCentre(Element triangle, double cx, double cy) {
        double[] apex = Arrays.stream(triangle.attr("points").split(" ")[0].split(",")).mapToDouble(Double::parseDouble).toArray();
        assertEquals(cx, apex[0], 0.006, "x of " + triangle.outerHtml());
        assertEquals(cy - 3.5, apex[1], 0.006, "apex 3.5 above the value: " + triangle.outerHtml());
    }
}
