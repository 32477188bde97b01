package org.strategypress.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.strategypress.load.ContentLoader;
import org.strategypress.load.LoadResult;
import org.strategypress.testing.StrategyFixture;

/**
 * Any bytes as a content YAML file: the loader never throws (LoadException is only for a missing content
 * folder), never hangs, and reports bad input as diagnostics that name the file and, for errors, a line.
 * Seeds and regressions: {@code src/test/resources/org/strategypress/fuzz/YamlLoadingFuzzTestInputs/anyYamlFile/}.
 */
class YamlLoadingFuzzTest {

    private static final Path ROOT = FuzzChecks.scratch("fuzz-yaml-");
    private static final Path CONTENT = ROOT.resolve("content");
    private static final Path FILE = CONTENT.resolve("fuzzed.yaml");
    private static final ContentLoader LOADER = new ContentLoader();

    static {
        FuzzChecks.write(CONTENT.resolve("strategy.yaml"), StrategyFixture.STRATEGY.getBytes(StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "3m")
    void anyYamlFile(byte[] bytes) {
        FuzzChecks.write(FILE, bytes);
        long t0 = System.nanoTime();

        LoadResult r = LOADER.load(CONTENT);

        String shown = new String(bytes, StandardCharsets.UTF_8);
        FuzzChecks.withinTime(t0, shown);
        FuzzChecks.wellFormed(r.diagnostics(), FILE, shown);
        assertTrue(r.strategy() != null);
    }
}
