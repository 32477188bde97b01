package org.strategypress.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.strategypress.pipeline.CheckResult;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.testing.StrategyFixture;

/**
 * The whole check (load and every validation rule) on a small valid strategy whose KPI file is replaced by
 * any bytes: never an exception, never a hang, every problem a diagnostic at its file and, for errors in the
 * mutated file, its line. Seeds and regressions:
 * {@code src/test/resources/org/strategypress/fuzz/PipelineCheckFuzzTestInputs/strategyWithOneMutatedFile/}.
 */
class PipelineCheckFuzzTest {

    private static final Path ROOT = FuzzChecks.scratch("fuzz-check-");
    private static final Path KPIS = ROOT.resolve("content/kpis.yaml");
    private static final Pipeline PIPELINE = new Pipeline();

    static {
        StrategyFixture.in(ROOT);
    }

    @FuzzTest(maxDuration = "3m")
    void strategyWithOneMutatedFile(byte[] bytes) {
        FuzzChecks.write(KPIS, bytes);
        long t0 = System.nanoTime();

        CheckResult r = PIPELINE.check(ROOT.resolve("content"), false);

        String shown = new String(bytes, StandardCharsets.UTF_8);
        FuzzChecks.withinTime(t0, shown);
        FuzzChecks.wellFormed(r.diagnostics(), KPIS, shown);
    }
}
