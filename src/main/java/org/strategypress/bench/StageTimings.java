package org.strategypress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.strategypress.load.LoadResult;
import org.strategypress.pipeline.BuildInfo;
import org.strategypress.pipeline.CheckResult;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.render.OutputFolder;
import org.strategypress.render.RenderInputs;


/**
 * Times each stage (load, validate, site, PDF) in one warm JVM, for bench/run, through the pipeline's own stages
 * (so it times what users run): one Pipeline is reused across runs, as the preview server does. Prints one tab-separated line per stage: name, median ms, min ms.
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
        List<long[]> samples = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            long[] t = new long[4];
            LoadResult loaded = time(t, 0, () -> pipeline.load(content));
            CheckResult checked = time(t, 1, () -> pipeline.validate(loaded, content, false));
            RenderInputs in = pipeline.inputs(checked, content, templates, new BuildInfo("bench", "", Instant.EPOCH), null);
            time(t, 2, () -> pipeline.renderSite(in, OutputFolder.of(out), true));
            time(t, 3, () -> pipeline.renderPdf(in, OutputFolder.of(out)));
            if (i >= warmup) samples.add(t);
        }
        String[] names = {"load", "validate", "html", "pdf"};
        for (int s = 0; s < names.length; s++) {
            final int k = s;
            long[] v = samples.stream().mapToLong(t -> t[k]).sorted().toArray();
            System.out.printf(Locale.ROOT, "%s\t%.0f\t%.0f%n", names[s], v[v.length / 2] / 1e6, v[0] / 1e6);
        }
    }

    private static <T> T time(long[] t, int slot, Supplier<T> work) {
        long t0 = System.nanoTime();
        T r = work.get();
        t[slot] = System.nanoTime() - t0;
        return r;
    }
}
