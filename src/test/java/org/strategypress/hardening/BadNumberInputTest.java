package org.strategypress.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategypress.model.Diagnostic;
import org.strategypress.testing.StrategyFixture;

/**
 * Numbers are kept as written and shown in full, so a number whose full form is absurdly long is refused
 * at its place instead of crashing the loader or filling memory when it is printed (found by fuzzing).
 */
class BadNumberInputTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e99999999", "1e9999999999999", "1e-99999999", "0.1e-9999999999999", "1e31"})
    void aNumberTooLongToWriteOutIsABadValueAtItsPlace(String written) {
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("baseline: {value: 1200, year: 2024}",
                "baseline: {value: " + written + ", year: 2024}"));

        Diagnostic d = strategy.single("bad-value");

        strategy.assertAt(d, "content/kpis.yaml", 8, 23);
        assertEquals("'value' of 'baseline' of an entry of kpis is " + written
                + "; a number may have at most 30 digits before and 30 after the point", d.message());
    }

    @Test
    void largeButReasonableNumbersAreKeptAsWritten() {
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("baseline: {value: 1200, year: 2024}",
                "baseline: {value: 1.2e3, year: 2024}"));

        assertTrue(strategy.diagnostics().stream().noneMatch(Diagnostic::isError), StrategyFixture.describe(strategy.diagnostics()));
    }
}
