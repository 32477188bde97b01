package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.validate.RoadmapDecisionRulesTestData;

/**
 * What a writer chooses for module 4's decision blocks: the quadrant names of the priority matrix, the action plan by
 * quarter; what the risk and stakeholder pages say about owners, categories and funders; the financing chart.
 */
class RoadmapChoicesTest {

    @TempDir
    static Path dir;
    static Document site;
    static Document print;

    @BeforeAll
    static void build() {
        StrategyFixture strategy = RoadmapDecisionRulesTestData.write(StrategyFixture.in(dir));
        strategy.write("content/strategy.yaml", strategy.read("content/strategy.yaml") + """
                  quadrants:
                    top_right: Quick wins
                    top_left: Transformational
                    bottom_right: Strategic priorities
                    bottom_left: Deprioritised
                """)
                .write("content/modules/4-roadmap/01-plan.md", """
                        # Roadmap

                        {{priority-matrix}}

                        {{priority-table}}

                        {{action-plan by=quarter}}

                        {{risk-register}}

                        {{financing-chart}}
                        """)
                .build();
        site = strategy.page("module-4.html");
        print = strategy.print();
        risk = strategy.page("RISK-FUNDS.html");
        funder = strategy.page("WB.html");
        explorer = strategy.page("kpis.html");
    }

    static Document explorer;

    static Document risk;
    static Document funder;

    @Test
    void theQuadrantsAreNamedAsStrategyYamlSays() {
        for (Document d : List.of(site, print)) {
            Element matrix = d.selectFirst("figure.priority-matrix");
            assertNotNull(matrix);
            assertEquals("Quick wins", matrix.selectFirst("td.q-tr .q-label").text());
            assertEquals("Deprioritised", matrix.selectFirst("td.q-bl .q-label").text());
            assertTrue(matrix.selectFirst("figcaption").text().contains("Strategic priorities (bottom right)"),
                    matrix.selectFirst("figcaption").text());
            Element row = d.selectFirst("table.priorities tbody tr");
            assertEquals("Quick wins", row.select("td").last().text(), "INI-ACADEMY scores high on both axes");
        }
    }

    @Test
    void theActionPlanByQuarterHasAHeadingRowPerQuarterWithItsMilestones() {
        for (Document d : List.of(site, print)) {
            Element plan = d.selectFirst("table.action-plan.by-quarter");
            assertNotNull(plan);
            assertEquals(List.of("2027 Q1 (January to March)", "2027 Q4 (October to December)"),
                    plan.select("tr.group th").eachText());
            assertEquals("MS-ACADEMY-OPEN Academy opens", plan.select("tbody").get(0).select("td").get(1).text());
            assertTrue(plan.select("tbody").get(0).text().contains("done 2027-02"), plan.text());
            assertTrue(plan.select("tbody").get(1).text().contains("MS-ACADEMY-FIRST") && plan.select("tbody").get(1).text().contains("on track"));
        }
    }

    @Test
    void aRiskPageNamesItsOwnerLinkedItsCategoryAndResponse() {
        Element facts = risk.selectFirst("article.entity-risks dl.facts");
        Element owner = facts.select("dt:containsOwn(Owner) + dd a").first();
        assertNotNull(owner, facts.outerHtml());
        assertEquals("MOF.html", owner.attr("href"));
        assertEquals("fiduciary", facts.select("dt:containsOwn(Category) + dd").text());
        assertTrue(risk.selectFirst("article.entity-risks").text().contains("Phase the spending."));
    }

    @Test
    void aFundersPageListsWhatItFunds() {
        Element funds = funder.select("p.backlinks").stream().filter(p -> p.text().startsWith("Funds initiatives")).findFirst().orElseThrow();
        assertEquals("INI-ACADEMY.html", funds.selectFirst("a").attr("href"));
    }

    @Test
    void theKpiExplorerShowsTheCostAndBestScoreOfWhatAKpiMeasuresAndFiltersQuickWins() {
        List<String> headers = explorer.select("#kpi-table thead th").eachText();
        int cost = headers.indexOf("Cost (USD million)");
        int score = headers.indexOf("Weighted score");
        assertTrue(cost > 0 && score == cost + 1, headers.toString());
        Element row = explorer.selectFirst("#kpi-table tbody tr:has(a[href=KPI-GRADUATES.html])");
        Element costCell = row.child(cost);
        assertEquals("5", costCell.attr("data-value"), "2 + 3, the cost of INI-ACADEMY");
        assertTrue(costCell.hasClass("num") && costCell.selectFirst("sup.mark-i") != null, "right-aligned, illustrative");
        assertEquals("4.40", row.child(score).attr("data-value"), "5 x 40% + 4 x 30% + 4 x 30%");
        assertEquals("quick win 4.40", row.child(score).text());
        assertEquals("yes", row.attr("data-quick-win"));
        Element filter = explorer.selectFirst("#kpi-filters input#filter-quick-win[type=checkbox]");
        assertNotNull(filter);
        assertEquals("Quick wins only", explorer.selectFirst("label[for=filter-quick-win]").text());
    }

    @Test
    void theFinancingChartDrawsEachStatusAndTheGapToScaleWithItsColoursInTheCss() {
        for (Document d : List.of(site, print)) {
            Element fig = d.selectFirst("figure.chart.financing-chart");
            assertNotNull(fig);
            Element svg = fig.selectFirst(".chart-row svg");
            // INI-ACADEMY costs 5: 3 committed, 1 sought, 1 not funded; the longest bar (5) fills the 300 units
            assertEquals("Digital skills: cost 5: committed 3, expected 0, sought 1, gap 1", svg.attr("aria-label"));
            assertEquals("180", svg.selectFirst("rect.seg-committed").attr("width"));
            assertEquals(List.of("180", "60"), List.of(svg.selectFirst("rect.seg-sought").attr("x"), svg.selectFirst("rect.seg-sought").attr("width")));
            assertNull(svg.selectFirst("rect.seg-expected"), "nothing expected, no segment");
            assertEquals("240", svg.selectFirst("rect.seg-gap").attr("x"));
            assertTrue(svg.select("line.hatch").size() >= 10, "the gap is hatched");
            assertEquals("300", svg.selectFirst("line.cost-line").attr("x1"));
            assertTrue(fig.select("svg [fill], svg [stroke]").isEmpty(), "tones come from the stylesheets");
            assertEquals(List.of("committed", "expected", "sought", "gap (no funding line, hatched)"), fig.select(".legend-item").eachText());
            assertTrue(fig.selectFirst("p.chart-total").text().contains("funding gap 1 USD million"), fig.text());
        }
    }
}
