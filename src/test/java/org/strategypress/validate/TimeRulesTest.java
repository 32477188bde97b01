package org.strategypress.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.testing.StrategyFixture;

/** year-order, out-of-horizon and direction-mismatch: dates and values that cannot be right together. */
class TimeRulesTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    private void kpi(String direction, String baseline, String targets) {
        strategy.write("content/kpis.yaml", """
                kpis:
                  - id: KPI-GRADUATES
                    title: ICT graduates per year
                    measures: [INI-ACADEMY]
                    contributes_to: [NT-ICT]
                    unit: graduates
                    direction: %s
                    baseline: %s
                    targets:
                %s
                    owner: MDDT
                """.formatted(direction, baseline, targets.stripTrailing()));
    }

    @Test
    void aBaselineYearAfterATargetYearIsAYearOrderError() {
        kpi("increase", "{value: 1200, year: 2029}", """
                      - {year: 2028, value: 2000}
                      - {year: 2030, value: 3000}
                """);

        Diagnostic d = strategy.only();

        assertEquals("year-order", d.code());
        strategy.assertAt(d, "content/kpis.yaml", 8, 15);
        assertTrue(d.message().contains("baseline year 2029 is after target year 2028"), d.message());
    }

    @Test
    void anInitiativeThatStartsAfterItEndsIsAYearOrderError() {
        strategy.write("content/initiatives.yaml", """
                initiatives:
                  - id: INI-ACADEMY
                    title: National ICT academy
                    pillar: SKILLS
                    addresses: [GAP-SKILLS]
                    owner: MDDT
                    start: 2029
                    end: 2027-06
                """);

        Diagnostic d = strategy.only();

        assertEquals("year-order", d.code());
        strategy.assertAt(d, "content/initiatives.yaml", 7, 12);
        assertTrue(d.message().contains("starts (2029) after it ends (2027-06)"), d.message());
    }

    @Test
    void aMilestoneAfterItsInitiativeEndsIsAYearOrderError() {
        strategy.write("content/initiatives.yaml", StrategyFixture.INITIATIVES.replace("due: 2027-09", "due: 2030-03"));

        Diagnostic d = strategy.only();

        assertEquals("year-order", d.code());
        strategy.assertAt(d, "content/initiatives.yaml", 12, 14);
        assertTrue(d.message().contains("milestone MS-ACADEMY-OPEN is due 2030-03, outside its initiative's span"),
                d.message());
    }

    @Test
    void aKpiTargetAfterTheHorizonIsOutOfHorizon() {
        kpi("increase", "{value: 1200, year: 2024}", """
                      - {year: 2028, value: 2000}
                      - {year: 2031, value: 3000}
                """);

        Diagnostic d = strategy.only();

        assertEquals("out-of-horizon", d.code());
        strategy.assertAt(d, "content/kpis.yaml", 11, 9);
        assertTrue(d.message().contains("outside the strategy horizon 2026-2030"), d.message());
    }

    @Test
    void anInitiativeStartingBeforeTheHorizonIsOutOfHorizon() {
        strategy.write("content/initiatives.yaml", StrategyFixture.INITIATIVES.replace("start: 2026", "start: 2025-10"));

        Diagnostic d = strategy.only();

        assertEquals("out-of-horizon", d.code());
        strategy.assertAt(d, "content/initiatives.yaml", 7, 12);
    }

    @Test
    void aBaselineBeforeTheHorizonIsAllowed() {
        kpi("increase", "{value: 1200, year: 2019}", """
                      - {year: 2030, value: 3000}
                """);

        assertTrue(strategy.diagnostics().isEmpty(), () -> StrategyFixture.describe(strategy.diagnostics()));
    }

    @Test
    void anIncreasingKpiWhoseFinalTargetIsBelowTheBaselineIsAMismatch() {
        kpi("increase", "{value: 1200, year: 2024}", """
                      - {year: 2028, value: 2000}
                      - {year: 2030, value: 1100}
                """);

        Diagnostic d = strategy.only();

        assertEquals("direction-mismatch", d.code());
        strategy.assertAt(d, "content/kpis.yaml", 11, 9);
        assertTrue(d.message().contains("final target 1100 (2030) is not above the baseline 1200 (2024)"), d.message());
    }

    @Test
    void aDecreasingKpiWhoseFinalTargetEqualsTheBaselineIsAMismatch() {
        kpi("decrease", "{value: 12.5, year: 2024}", """
                      - {year: 2030, value: 12.50}
                """);

        Diagnostic d = strategy.only();

        assertEquals("direction-mismatch", d.code());
        strategy.assertAt(d, "content/kpis.yaml", 10, 9);
        assertTrue(d.message().contains("is not below the baseline 12.5"), d.message());
    }

    @Test
    void aMaintainedKpiWhoseFinalTargetDiffersIsAMismatch() {
        kpi("maintain", "{value: 99, year: 2024}", """
                      - {year: 2027, value: 99}
                      - {year: 2029, value: 98}
                """);

        Diagnostic d = strategy.only();

        assertEquals("direction-mismatch", d.code());
        strategy.assertAt(d, "content/kpis.yaml", 11, 9);
        assertTrue(d.message().contains("is not equal to the baseline 99"), d.message());
    }

    @Test
    void targetsInAnyOrderAreJudgedByTheLatestYear() {
        kpi("decrease", "{value: 30, year: 2024}", """
                      - {year: 2030, value: 10}
                      - {year: 2027, value: 40}
                """);

        assertTrue(strategy.diagnostics().isEmpty(), () -> StrategyFixture.describe(strategy.diagnostics()));
    }
}
