package org.strategypress.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Severity;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/**
 * The results chain gap <- initiative <- KPI -> national target: gap-unaddressed, initiative-unmeasured,
 * kpi-unaligned and target-uncovered.
 */
class ResultsChainRulesTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    @Test
    void aGapNoInitiativeAddressesIsAnError() {
        strategy.write("content/pillars.yaml", StrategyFixture.PILLARS + """
                  - id: GAP-DATA
                    pillar: SKILLS
                    title: No data skills
                    as_is: Nobody teaches data analysis.
                    to_be: Data analysis is a common skill.
                """);

        Diagnostic d = strategy.only();

        assertEquals("gap-unaddressed", d.code());
        assertEquals(Severity.ERROR, d.severity());
        strategy.assertAt(d, "content/pillars.yaml", 18, 5);
        assertTrue(d.message().contains("gap GAP-DATA"), d.message());
    }

    @Test
    void anInitiativeNoKpiMeasuresIsAnError() {
        strategy.write("content/initiatives.yaml", StrategyFixture.INITIATIVES + """
                  - id: INI-BOOTCAMP
                    title: Coding bootcamps
                    pillar: SKILLS
                    addresses: [GAP-SKILLS]
                    owner: MDDT
                    start: 2027
                    end: 2028
                """);

        Diagnostic d = strategy.only();

        assertEquals("initiative-unmeasured", d.code());
        strategy.assertAt(d, "content/initiatives.yaml", 13, 5);
        assertTrue(d.message().contains("initiative INI-BOOTCAMP"), d.message());
    }

    @Test
    void aKpiWithAnEmptyListOfNationalTargetsIsAnErrorAtThatList() {
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("contributes_to: [NT-ICT]",
                "contributes_to: []"));

        Diagnostic d = strategy.single("kpi-unaligned");

        assertEquals(Severity.ERROR, d.severity());
        strategy.assertAt(d, "content/kpis.yaml", 5, 5);
    }

    @Test
    void aNationalTargetNoKpiServesIsAWarning() {
        addUncoveredTarget();

        Diagnostic d = strategy.only();

        assertEquals("target-uncovered", d.code());
        assertEquals(Severity.WARNING, d.severity());
        strategy.assertAt(d, "content/framework.yaml", 11, 5);
        assertEquals(0, strategy.validate().exitCode());
    }

    @Test
    void anUncoveredTargetIsAnErrorUnderStrict() {
        addUncoveredTarget();

        Diagnostic d = strategy.single("target-uncovered", true);

        assertEquals(Severity.ERROR, d.severity());
        CliRun run = strategy.validate("--strict");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("framework.yaml:11:5: error[target-uncovered]"), run.err());
    }

    @Test
    void turningTheRuleOffSilencesIt() {
        addUncoveredTarget();
        strategy.write("content/strategy.yaml", StrategyFixture.STRATEGY + """
                rules: {target-uncovered: off}
                """);

        assertTrue(strategy.check(true).diagnostics().isEmpty(),
                () -> StrategyFixture.describe(strategy.check(true).diagnostics()));
    }

    private void addUncoveredTarget() {
        strategy.write("content/framework.yaml", StrategyFixture.FRAMEWORK + """
                  - id: NT-EXPORTS
                    priority: P1
                    title: ICT exports
                """);
    }
}
