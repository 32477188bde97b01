package org.strategypress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.strategypress.load.ContentLoader;
import org.strategypress.load.LoadResult;
import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.render.PrintRenderer;
import org.strategypress.render.RenderInputs;
import org.strategypress.render.SiteRenderer;
import org.strategypress.render.html.TemplateEngine;
import org.strategypress.render.pdf.PdfRenderer;
import org.strategypress.validate.Validator;

/**
 * Times each stage (load, validate, site, PDF) in one warm JVM, for bench/run: the same objects are reused
 * across runs, as the preview server does. Prints one tab-separated line per stage: name, median ms, min ms.
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
        ContentLoader loader = new ContentLoader();
        MarkdownDialect markdown = new MarkdownDialect();
        Validator validator = new Validator(markdown);
        TemplateEngine engine = new TemplateEngine(templates);
        PdfRenderer pdf = new PdfRenderer();
        Path out = Files.createTempDirectory("press-bench-");
        List<long[]> samples = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            long[] t = new long[4];
            LoadResult loaded = time(t, 0, () -> loader.load(content));
            time(t, 1, () -> validator.validate(loaded.strategy(), content, loaded.diagnostics(), false));
            RenderInputs in = new RenderInputs(loaded.strategy(), content, templates, "bench", "", Instant.EPOCH, null);
            time(t, 2, () -> new SiteRenderer(markdown, engine).render(in, out));
            time(t, 3, () -> new PrintRenderer(markdown, engine, pdf).render(in, out));
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
