package org.strategypress.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;

/** logframe, theory-of-change and kpi-sheets: the rows and boxes follow the YAML, in the site and the print HTML. */
class TheoryOfChangeBlocksTest {

    @TempDir
    static Path dir;
    static StrategyFixture strategy;
    static Document site;
    static Document print;

    @BeforeAll
    static void build() {
        strategy = StrategyFixture.in(dir)
                .write("content/strategy.yaml", StrategyFixture.STRATEGY + "as_of: 2027-06\n")
                .write("content/objectives.yaml", """
                        themes:
                          - id: TH-TALENT
                            title: Talent for the digital economy
                        objectives:
                          - id: OBJ-SKILLS
                            title: More ICT graduates
                            pillar: SKILLS
                            contributes_to: [NT-ICT]
                            assumptions:
                              - Universities expand ICT places
                            constraints: [GAP-SKILLS]
                        risks:
                          - id: RISK-TEACHERS
                            title: Too few ICT teachers
                            mitigated_by: [INI-ACADEMY]
                        """)
                .write("content/initiatives.yaml", StrategyFixture.INITIATIVES.replace("    owner: MDDT\n",
                        "    owner: MDDT\n    theme: TH-TALENT\n    objectives: [OBJ-SKILLS]\n"))
                .write("content/kpis.yaml", StrategyFixture.KPIS + """
                            definition: Graduates of ICT bachelor programmes in the calendar year.
                            formula: sum over all universities
                            disaggregation: [sex, region]
                            method: administrative data
                            limitations: excludes bootcamps
                            source: Ministry of Science and Education
                            actuals:
                              - {year: 2026, value: 1650}
                          - id: KPI-SEATS
                            title: Academy seats opened
                            level: output
                            measures: [INI-ACADEMY]
                            contributes_to: [NT-ICT]
                            unit: seats
                            direction: increase
                            baseline: {value: 0, year: 2025}
                            targets: [{year: 2027, value: 500, illustrative: true}]
                            owner: MDDT
                            source: academy records
                        """)
                .write("content/modules/3-plan/01-plan.md", "# Plan\n\n{{theory-of-change}}\n\n{{logframe}}\n\n{{kpi-sheets}}\n");
        strategy.build();
        site = strategy.page("module-3.html");
        print = strategy.print();
    }

    @Test
    void theLogframeHasImpactOutcomeAndOutputRowsFromTheYaml() {
        for (Document d : List.of(site, print)) {
            Element table = d.selectFirst("#logframe-OBJ-SKILLS table.logframe");
            assertNotNull(table);
            List<Element> rows = table.select("tbody > tr");
            // impact: the national target; outcome: the objective, then its outcome KPI; outputs: the initiative, its output KPI
            assertEquals(List.of("lf-impact", "lf-outcome", "lf-kpi", "lf-output", "lf-kpi"), rows.stream().map(Element::className).toList());
            assertEquals(List.of("Impact", "NT-ICT ICT share of GDP (P1 A competitive economy)", "2.1 (2024)", "2030: 4", ""),
                    rows.get(0).select("> th, > td").stream().limit(5).map(Element::text).toList());
            assertTrue(rows.get(1).text().contains("Universities expand ICT places"), rows.get(1).text());
            assertEquals(List.of("", "KPI-GRADUATES ICT graduates per year (graduates)", "1,200 (2024)", "2028: 2,000; 2030: 3,000",
                    "Ministry of Science and Education"), rows.get(2).select("> td").stream().limit(5).map(Element::text).toList());
            assertTrue(rows.get(3).text().contains("INI-ACADEMY National ICT academy (2026–2029)"), rows.get(3).text());
            assertTrue(rows.get(3).text().contains("2027-09: Academy opens"), rows.get(3).text());
            assertEquals("RISK-TEACHERS", rows.get(3).select("> td").last().text());
            assertEquals("2027: 500i", rows.get(4).select("> td").get(3).text(), "the illustrative target carries its mark");
        }
    }

    @Test
    void theTheoryOfChangeRunsFromConstraintsToImpactWithItsAssumptions() {
        for (Document d : List.of(site, print)) {
            Element fig = d.selectFirst("#tc-OBJ-SKILLS");
            assertEquals(List.of("Constraints", "Themes and initiatives", "Outputs", "Outcome", "Impact"),
                    fig.select(".tc-step > .tc-label").eachText());
            assertTrue(fig.selectFirst(".tc-constraints").text().contains("GAP-SKILLS"));
            assertTrue(fig.selectFirst(".tc-actions").text().contains("TH-TALENT"));
            assertTrue(fig.selectFirst(".tc-actions").text().contains("INI-ACADEMY"));
            assertTrue(fig.selectFirst(".tc-outputs").text().contains("KPI-SEATS"));
            assertTrue(fig.selectFirst(".tc-outcome").text().contains("KPI-GRADUATES"));
            assertTrue(fig.selectFirst(".tc-impact").text().contains("NT-ICT"));
            assertEquals("Universities expand ICT places", fig.selectFirst(".tc-assumptions li").text());
            assertEquals(4, fig.select(".tc-arrow[aria-hidden=true]").size());
        }
    }

    @Test
    void eachKpiHasAReferenceSheetInTheBlockAndOnItsPage() {
        for (Document d : List.of(site, strategy.page("KPI-GRADUATES.html"))) {
            Element sheet = d.selectFirst("table.kpi-sheet:has(caption:contains(KPI-GRADUATES))");
            assertEquals("Graduates of ICT bachelor programmes in the calendar year.", row(sheet, "Definition"));
            assertEquals("Outcome indicator", row(sheet, "Level"));
            assertEquals("sum over all universities", row(sheet, "Formula"));
            assertEquals("sex, region", row(sheet, "Disaggregation"));
            assertEquals("MDDT Ministry of Digital Development and Transport", row(sheet, "Responsible for the data"));
            assertEquals("1,650 (2026)", row(sheet, "Actuals")); // thousands grouped as the en edition writes them
            // the line from 1200 (2024) to 2000 (2028) expects 1600 in 2026
            assertTrue(row(sheet, "Status as of 2027-06").startsWith("on track: latest 1,650 (2026) against 1,600 expected"), row(sheet, "Status as of 2027-06"));
            assertEquals("excludes bootcamps", row(sheet, "Limitations"));
        }
        assertNotNull(print.selectFirst("section#kpi-reference-sheets table.kpi-sheet:has(caption:contains(KPI-SEATS))"), "the PDF annex");
    }

    private static String row(Element sheet, String label) {
        for (Element tr : sheet.select("tr")) if (tr.selectFirst("th").text().equals(label)) return tr.selectFirst("td").text();
        throw new AssertionError("no row " + label + " in " + sheet.text());
    }
}
