package org.strategypress.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.testing.StrategyFixture;

/**
 * actual-future, kpi-off-track and objective-unmeasured: a monitored strategy that is clean, and one defect at a
 * time, each giving its own diagnostic at its own line.
 */
class MonitoringRulesTest {

    static final String OBJECTIVES = """
            objectives:
              - id: OBJ-SKILLS
                title: More ICT graduates
                pillar: SKILLS
                contributes_to: [NT-ICT]
            """;

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeMonitoredStrategy() {
        strategy = StrategyFixture.in(dir)
                .write("content/strategy.yaml", StrategyFixture.STRATEGY + "as_of: 2027-06\n")
                .write("content/objectives.yaml", OBJECTIVES);
        kpi("increase", "1200", "2000", "1600");
    }

    /** KPI-GRADUATES from 1200 (2024) to {@code target} (2028), with one actual in 2026. */
    private void kpi(String direction, String baseline, String target, String actual2026) {
        strategy.write("content/kpis.yaml", """
                kpis:
                  - id: KPI-GRADUATES
                    title: ICT graduates per year
                    measures: [INI-ACADEMY]
                    contributes_to: [NT-ICT]
                    objective: OBJ-SKILLS
                    unit: graduates
                    direction: %s
                    baseline: {value: %s, year: 2024}
                    targets:
                      - {year: 2028, value: %s}
                    owner: MDDT
                    actuals:
                      - {year: 2025, value: %s}
                      - {year: 2026, value: %s}
                """.formatted(direction, baseline, target, baseline, actual2026));
    }

    @Test
    void aKpiAheadOfItsLineIsClean() {
        // the line expects 1600 in 2026: (2000 - 1200) * 2 / 4 + 1200
        assertTrue(strategy.diagnostics().isEmpty(), () -> StrategyFixture.describe(strategy.diagnostics()));
    }

    @Test
    void anActualAfterAsOfIsAnErrorAtItsDate() {
        strategy.write("content/kpis.yaml", strategy.read("content/kpis.yaml") + "      - {year: 2027-09, value: 1900}\n");

        Diagnostic d = strategy.only();

        assertEquals("actual-future", d.code());
        assertEquals("error", d.severity().label());
        strategy.assertAt(d, "content/kpis.yaml", 16, 16);
        assertTrue(d.message().contains("the actual dated 2027-09 is after as_of 2027-06"), d.message());
        assertEquals(5, d.notes().get(0).at().line(), "the note points at as_of");
    }

    @Test
    void aKpiBehindItsLineByMoreThanTheToleranceIsOffTrack() {
        kpi("increase", "1200", "2000", "1500"); // 100 behind 1600; tolerance 10 % of 800 = 80

        Diagnostic d = strategy.only();

        assertEquals("kpi-off-track", d.code());
        assertEquals("warning", d.severity().label());
        strategy.assertAt(d, "content/kpis.yaml", 15, 9);
        assertTrue(d.message().contains("latest actual 1500 (2026) is 100 behind the line from the baseline 1200 (2024)"
                + " to the target 2000 (2028), which expects 1600 by then; the tolerance is 10 % of the distance (80"), d.message());
    }

    @Test
    void aKpiBehindItsLineWithinTheToleranceIsNotOffTrack() {
        kpi("increase", "1200", "2000", "1530"); // 70 behind, within 80

        assertTrue(strategy.diagnostics().isEmpty(), () -> StrategyFixture.describe(strategy.diagnostics()));
    }

    @Test
    void theToleranceIsTheWritersToSet() {
        kpi("increase", "1200", "2000", "1530");
        strategy.write("content/strategy.yaml", StrategyFixture.STRATEGY + "as_of: 2027-06\nrules:\n  off_track_tolerance: 5\n");

        assertEquals("kpi-off-track", strategy.only().code());
    }

    @Test
    void aDecreasingKpiIsOffTrackWhenItFallsTooSlowly() {
        kpi("decrease", "40", "20", "36"); // the line expects 30 in 2026; 36 is 6 above it, tolerance 2

        Diagnostic d = strategy.only();

        assertEquals("kpi-off-track", d.code());
        assertTrue(d.message().contains("is 6 behind"), d.message());
    }

    @Test
    void aDecreasingKpiAheadOfItsLineIsClean() {
        kpi("decrease", "40", "20", "25");

        assertTrue(strategy.diagnostics().isEmpty(), () -> StrategyFixture.describe(strategy.diagnostics()));
    }

    @Test
    void anObjectiveWithoutAnOutcomeKpiIsUnmeasured() {
        strategy.write("content/kpis.yaml", strategy.read("content/kpis.yaml").replace("    objective: OBJ-SKILLS\n",
                "    objective: OBJ-SKILLS\n    level: output\n"));

        Diagnostic d = strategy.only();

        assertEquals("objective-unmeasured", d.code());
        assertEquals("warning", d.severity().label());
        strategy.assertAt(d, "content/objectives.yaml", 2, 5);
        assertTrue(d.message().startsWith("objective OBJ-SKILLS (More ICT graduates) has no outcome-level KPI"), d.message());
    }

    @Test
    void aKpiMeasuringAnInitiativeThatServesTheObjectiveMeasuresItToo() {
        strategy.write("content/kpis.yaml", strategy.read("content/kpis.yaml").replace("    objective: OBJ-SKILLS\n", ""));
        strategy.write("content/initiatives.yaml", StrategyFixture.INITIATIVES.replace("    owner: MDDT\n",
                "    owner: MDDT\n    objectives: [OBJ-SKILLS]\n"));

        assertTrue(strategy.diagnostics().isEmpty(), () -> StrategyFixture.describe(strategy.diagnostics()));
    }
}
