package org.strategypress.pipeline;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.strategypress.diff.ContentVersions;
import org.strategypress.diff.DiffEngine;
import org.strategypress.diff.StrategyDiff;
import org.strategypress.export.DataExporter;
import org.strategypress.export.ExportInfo;
import org.strategypress.load.ContentLoader;
import org.strategypress.load.LoadResult;
import org.strategypress.load.schema.JsonSchemaWriter;
import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.SourcePosition;
import org.strategypress.render.PrintRenderer;
import org.strategypress.render.RenderException;
import org.strategypress.render.RenderInputs;
import org.strategypress.render.SiteRenderer;
import org.strategypress.render.html.TemplateEngine;
import org.strategypress.render.pdf.PdfRenderer;
import org.strategypress.validate.Validator;

/**
 * The one way into strategy-press: load, then validate, then render. Expensive parts (the Markdown
 * dialect, template configuration, fonts) are built once per Pipeline and reused for every build.
 */
public final class Pipeline {

    private final ContentLoader loader = new ContentLoader();
    private final MarkdownDialect markdown = new MarkdownDialect();
    private final Validator validator = new Validator(markdown);
    private final java.util.Map<String, String> environment;
    private final StageDeadline deadline;
    private TemplateEngine templateEngine;
    private Path templateDir;
    private PdfRenderer pdfRenderer;

    /** A pipeline that reads SOURCE_DATE_EPOCH and PRESS_DEADLINE_SECONDS from the process environment. */
    public Pipeline() {
        this(System.getenv());
    }

    /**
     * A pipeline with its own environment (SOURCE_DATE_EPOCH fixes the date outputs carry; PRESS_DEADLINE_SECONDS
     * the deadline of each stage).
     */
    public Pipeline(java.util.Map<String, String> environment) {
        this(environment, StageDeadline.from(environment));
    }

    /** A pipeline whose every stage (load, validate, render, pdf) stops at {@code deadline}. */
    public Pipeline(java.util.Map<String, String> environment, StageDeadline deadline) {
        this.environment = java.util.Map.copyOf(environment);
        this.deadline = deadline;
    }

    /** Loads and validates the content under {@code content}. */
    public CheckResult check(Path content, boolean strict) {
        SourcePosition at = SourcePosition.of(content);
        LoadResult loaded = deadline.run("load", at, () -> loader.load(content));
        List<Diagnostic> all = deadline.run("validate", at,
                () -> validator.validate(loaded.strategy(), content, loaded.diagnostics(), strict));
        return new CheckResult(loaded.strategy(), all);
    }

    /**
     * Loads, validates and, when there is no error, renders the site and the PDF in parallel (and writes the
     * editors' JSON Schemas) into a staging folder that replaces the output folder only if everything succeeded.
     */
    public BuildResult build(BuildRequest req) {
        java.util.Map<String, Long> timings = new java.util.concurrent.ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        CheckResult checked = check(req.content(), req.strict());
        timings.put("load+validate", (System.nanoTime() - t0) / 1_000_000);
        BuildInfo info = buildInfo(req.content(), checked.strategy().meta().version());
        if (checked.hasErrors()) return new BuildResult(List.of(), checked.diagnostics(), info);
        List<Diagnostic> all = new ArrayList<>(checked.diagnostics());
        StrategyDiff changes = req.since() == null ? null : changesSince(req.since(), checked, req.content(), info);
        int warnings = (int) checked.diagnostics().stream().filter(d -> !d.isError()).count();
        RenderInputs in = new RenderInputs(checked.strategy(), req.content(), req.templates(), info.version(),
                info.commit(), info.date(), changes, warnings);
        TemplateEngine templates = templates(req.templates());
        StageDeadline scaled = deadline.scaledFor(size(checked.strategy()));
        try (StagedOutput staged = StagedOutput.begin(req.out())) {
            SourcePosition at = SourcePosition.of(req.templates());
            org.strategypress.render.OutputFolder target = new org.strategypress.render.OutputFolder(staged.dir(),
                    Files.isDirectory(req.reusable()) ? req.reusable() : null);
            CompletableFuture<List<Diagnostic>> pdfJob = req.pdf()
                    ? CompletableFuture.supplyAsync(() -> timed(timings, "pdf", () -> scaled.run("pdf", at,
                            () -> new PrintRenderer(markdown, templates, pdf()).render(in, target))))
                    : CompletableFuture.completedFuture(List.of());
            if (req.html()) {
                try {
                    all.addAll(timed(timings, "site", () -> scaled.run("render", at,
                            () -> new SiteRenderer(markdown, templates, !req.pdf()).render(in, target))));
                } catch (RuntimeException e) {
                    awaitQuietly(pdfJob); // else it keeps writing into the staging folder after close() removed it
                    throw e;
                }
            }
            boolean full = !(req.html() && !req.pdf()); // the preview (site alone) skips the exports and schemas
            if (full) all.addAll(exportData(in, staged.dir()));
            all.addAll(join(pdfJob));
            if (full) writeSchemas(staged.dir().resolve("schema"));
            if (all.stream().anyMatch(Diagnostic::isError)) return new BuildResult(List.of(), all, info);
            staged.commit();
        }
        List<Path> outputs = new ArrayList<>();
        if (req.html()) outputs.add(req.out().resolve("html").resolve("index.html"));
        if (req.pdf()) outputs.add(req.out().resolve("pdf").resolve(PrintRenderer.fileName(info.version()) + ".pdf"));
        outputs.add(req.out().resolve("data").resolve("strategy.json"));
        timings.put("total", (System.nanoTime() - t0) / 1_000_000);
        return new BuildResult(outputs.stream().filter(Files::exists).toList(), all, info, ordered(timings));
    }

    private record CachedInfo(Path content, String version, BuildInfo info, long at) {
    }

    private CachedInfo lastInfo;

    /**
     * Version, commit and date from git. Three git processes cost up to 80 ms, so the preview server's rebuilds
     * within a few seconds of each other reuse the answer.
     */
    private synchronized BuildInfo buildInfo(Path content, String version) {
        long now = System.nanoTime();
        CachedInfo c = lastInfo;
        if (c != null && c.content().equals(content) && java.util.Objects.equals(c.version(), version)
                && now - c.at() < 5_000_000_000L) return c.info();
        BuildInfo info = GitInfo.resolve(content, version, environment.get("SOURCE_DATE_EPOCH"));
        lastInfo = new CachedInfo(content, version, info, now);
        return info;
    }

    /** Entities plus five per chapter: what the rendering time grows with. */
    private static int size(org.strategypress.model.Strategy s) {
        int chapters = s.modules().stream().mapToInt(m -> m.chapters().size()).sum();
        return (int) s.identified().count() + s.assessments().size() + s.visions().size() + 5 * chapters;
    }

    private static <T> T timed(java.util.Map<String, Long> timings, String stage, java.util.function.Supplier<T> work) {
        long t = System.nanoTime();
        try {
            return work.get();
        } finally {
            timings.put(stage, (System.nanoTime() - t) / 1_000_000);
        }
    }

    private static java.util.Map<String, Long> ordered(java.util.Map<String, Long> timings) {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (String k : List.of("load+validate", "site", "pdf", "total")) if (timings.containsKey(k)) out.put(k, timings.get(k));
        return out;
    }

    /** What changed between the content at git ref {@code since} and the content being built. */
    public static StrategyDiff changesSince(String since, CheckResult checked, Path content, BuildInfo info) {
        try (ContentVersions versions = new ContentVersions(content)) {
            return DiffEngine.compare(versions.at(since), new DiffEngine.Side(info.version(), checked.strategy(), content));
        }
    }

    /** {@code data/strategy.json} and {@code data/kpis.csv}. */
    private static List<Diagnostic> exportData(RenderInputs in, Path dir) {
        try {
            DataExporter.write(in.strategy(), new ExportInfo(in.version(), in.commit(), in.date()), in.contentRoot(), dir);
            return List.of();
        } catch (UncheckedIOException e) {
            return List.of(Diagnostic.error("output", SourcePosition.of(dir.resolve("data")), e.getMessage()));
        }
    }

    /** The editors' JSON Schemas beside the site, so a published build carries the schema its content was checked with. */
    private static void writeSchemas(Path dir) {
        try {
            JsonSchemaWriter.writeTo(dir);
        } catch (IOException e) {
            throw new RenderException(Diagnostic.error("output", SourcePosition.of(dir), "cannot write the JSON Schemas: " + e.getMessage()));
        }
    }

    private static List<Diagnostic> join(CompletableFuture<List<Diagnostic>> job) {
        try {
            return job.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /** Waits for a job whose result no longer matters; the error already being thrown is the one reported. */
    private static void awaitQuietly(CompletableFuture<?> job) {
        try {
            job.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            // ignored: the site's error stops the build
        }
    }

    private TemplateEngine templates(Path dir) {
        synchronized (this) {
            // the project's folder over the built-in set; made anew when the folder appears or goes
            boolean present = Files.isDirectory(dir);
            if (templateEngine == null || !templateDir.equals(dir) || present != (templateEngine.set().project() != null)) {
                // a template stops itself just after its stage's deadline, so that a stopped stage leaves no work behind
                java.time.Duration limit = deadline.limit().plusSeconds(1);
                templateEngine = new TemplateEngine(dir, limit.compareTo(TemplateEngine.DEFAULT_DEADLINE) < 0 ? limit
                        : TemplateEngine.DEFAULT_DEADLINE);
                templateDir = dir;
            }
            return templateEngine;
        }
    }

    private synchronized PdfRenderer pdf() {
        if (pdfRenderer == null) pdfRenderer = new PdfRenderer();
        return pdfRenderer;
    }

    /** The templates the last build rendered with (null before the first), and which files came from where. */
    public synchronized org.strategypress.render.html.TemplateSet templateSet() {
        return templateEngine == null ? null : templateEngine.set();
    }

    /** The time limit of each stage. */
    public StageDeadline deadline() {
        return deadline;
    }

    /** The Markdown dialect this pipeline renders with. */
    public MarkdownDialect markdown() {
        return markdown;
    }
}
