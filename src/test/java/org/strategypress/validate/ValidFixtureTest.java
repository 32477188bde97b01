package org.strategypress.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.pipeline.CheckResult;
import org.strategypress.testing.StrategyFixture;

/** The base fixture every rule test starts from is valid: whatever a test sees comes from its own change. */
class ValidFixtureTest {

    @TempDir
    Path dir;

    @Test
    void theBaseStrategyHasNoDiagnosticsEvenUnderStrict() {
        CheckResult r = StrategyFixture.in(dir).check(true);

        assertTrue(r.diagnostics().isEmpty(), () -> StrategyFixture.describe(r.diagnostics()));
    }

    @Test
    void theBaseStrategyIsLoadedCompletely() {
        CheckResult r = StrategyFixture.in(dir).check(true);

        var s = r.strategy();
        assertEquals(1, s.pillars().size());
        assertEquals(1, s.assessments().size());
        assertEquals(1, s.visions().size());
        assertEquals(1, s.priorities().size());
        assertEquals(1, s.nationalTargets().size());
        assertEquals(1, s.stakeholders().size());
        assertEquals(4, s.benchmarks().size());
        assertEquals(1, s.gaps().size());
        assertEquals(1, s.initiatives().size());
        assertEquals(1, s.initiatives().get(0).milestones().size());
        assertEquals(1, s.kpis().size());
        assertEquals(1, s.modules().size());
        assertEquals("Introduction", s.modules().get(0).title());
        assertEquals(2026, s.meta().horizonFrom());
        assertEquals(2030, s.meta().horizonTo());
    }
}
