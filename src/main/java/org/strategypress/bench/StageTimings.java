package org.strategypress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.Pipeline;

/**
 * Times each stage of the default build in one warm JVM, for bench/run, through {@link Pipeline#build} itself (so it
 * times what users run, every output and every language): one Pipeline is reused across runs, as the preview server
 * does. Prints one tab-separated line per stage as the build names it ({@code load+validate}, {@code site-en},
 * {@code print-az}, {@code pdf-az}, {@code word}, ..., {@code total}): name, median ms, min ms, max ms. Only that goes
 * to standard output.
 * Usage: {@code java -cp strategy-press-cli.jar org.strategypress.bench.StageTimings CONTENT TEMPLATES WARMUP RUNS}
 */
public final class StageTimings {

    private StageTimings() {
    }

    public static void main(String[] args) throws IOException {
        Path content = Path.of(args[0]);
        Path templates = Path.of(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        Pipeline pipeline = new Pipeline();
        Path out = Files.createTempDirectory("press-bench-");
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        for (int i = 0; i < warmup + runs; i++) {
            BuildResult r = pipeline.build(BuildRequest.of(content, templates, out.resolve("run-" + i)));
            if (!r.ok()) {
                System.err.println("StageTimings: the build failed: " + r.diagnostics());
                System.exit(1);
            }
            if (i >= warmup) r.timings().forEach((k, v) -> samples.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        samples.forEach((stage, v) -> {
            long[] s = v.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%d%n", stage, s[s.length / 2], s[0], s[s.length - 1]);
        });
    }
}
