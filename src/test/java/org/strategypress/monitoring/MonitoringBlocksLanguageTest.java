package org.strategypress.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;

/**
 * The theory of change, the logframe, the reference sheets and the KPI chart speak the strategy's language: their
 * labels and captions come from the message bundle (here Azerbaijani), not from English words in the templates.
 */
class MonitoringBlocksLanguageTest {

    @TempDir
    static Path dir;
    static Document site;
    static Document print;

    @BeforeAll
    static void build() {
        StrategyFixture strategy = StrategyFixture.in(dir)
                .write("content/strategy.yaml", StrategyFixture.STRATEGY + "language: az\nas_of: 2027-06\n")
                .write("content/objectives.yaml", """
                        objectives:
                          - id: OBJ-SKILLS
                            title: More ICT graduates
                            pillar: SKILLS
                            contributes_to: [NT-ICT]
                            assumptions: [Universities expand ICT places]
                            constraints: [GAP-SKILLS]
                        """)
                .write("content/initiatives.yaml", StrategyFixture.INITIATIVES.replace("    owner: MDDT\n",
                        "    owner: MDDT\n    objectives: [OBJ-SKILLS]\n"))
                .write("content/kpis.yaml", StrategyFixture.KPIS + """
                            actuals:
                              - {year: 2026, value: 1650}
                        """)
                .write("content/modules/3-plan/01-plan.md",
                        "# Plan\n\n{{theory-of-change}}\n\n{{logframe}}\n\n{{kpi-sheets}}\n\n{{kpi-chart}}\n");
        strategy.build();
        site = strategy.page("module-3.html");
        print = strategy.print();
    }

    @Test
    void theoryOfChangeLabelsAndCaptionAreAzerbaijani() {
        for (Document d : List.of(site, print)) {
            assertEquals(List.of("Məhdudiyyətlər", "Fəaliyyət istiqamətləri və təşəbbüslər", "Məhsullar", "Nəticə", "Təsir",
                    "Fərziyyələr, məhsullarla nəticə arasında"), d.select("#tc-OBJ-SKILLS .tc-label").eachText());
            assertTrue(d.selectFirst("#tc-OBJ-SKILLS figcaption").text().contains("OBJ-SKILLS üzrə dəyişiklik nəzəriyyəsi: More ICT graduates"),
                    d.selectFirst("#tc-OBJ-SKILLS figcaption").text());
        }
    }

    @Test
    void logframeSheetAndChartWordsAreAzerbaijani() {
        for (Document d : List.of(site, print)) {
            assertEquals(List.of("Səviyyə", "Nəticə və indikator", "Başlanğıc dəyər", "İllər üzrə hədəflər", "Yoxlama vasitələri",
                    "Fərziyyələr", "Risklər"), d.select("#logframe-OBJ-SKILLS table.logframe thead th").eachText());
            assertTrue(d.selectFirst("#logframe-OBJ-SKILLS caption").text().contains("OBJ-SKILLS üzrə məntiqi çərçivə"));
            assertTrue(d.selectFirst("#sheet-KPI-GRADUATES caption").text().contains("İndikatorun arayış vərəqəsi: KPI-GRADUATES"));
            assertEquals("graduates; artmalıdır", d.selectFirst("#sheet-KPI-GRADUATES tr:has(th:contains(Vahid)) td").text());
            assertEquals(List.of("Başlanğıc dəyər", "Hədəf", "Faktiki dəyər", "Hesabat tarixi 2027-06"),
                    d.select("figure.kpi-chart .chart-legend .legend-entry").eachText());
        }
    }
}
