package org.strategypress.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

import org.strategypress.concurrent.DaemonThreads;
import org.strategypress.diff.ContentVersions;
import org.strategypress.diff.DiffEngine;
import org.strategypress.model.StrategyDiff;
import org.strategypress.export.DataExporter;
import org.strategypress.export.ExportInfo;
import org.strategypress.load.ContentLoader;
import org.strategypress.load.LoadResult;
import org.strategypress.load.schema.JsonSchemaWriter;
import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Rule;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Strategy;
import org.strategypress.render.LanguageIndex;
import org.strategypress.render.OutputFolder;
import org.strategypress.render.PageCache;
import org.strategypress.render.PrintRenderer;
import org.strategypress.render.RenderException;
import org.strategypress.render.RenderInputs;
import org.strategypress.render.ReviewCopy;
import org.strategypress.review.SourceMap;
import org.strategypress.render.Rendered;
import org.strategypress.render.SiteRenderer;
import org.strategypress.render.html.TemplateEngine;
import org.strategypress.render.html.TemplateSet;
import org.strategypress.render.pdf.PdfRenderer;
import org.strategypress.render.word.PoiLogging;
import org.strategypress.validate.Validator;

/**
 * The one way into strategy-press, as named stages: load, validate, render (the site), pdf, export (the data), and
 * build, which runs them in order for the outputs a request names. Every stage runs under its deadline and its
 * errors are diagnostics. Expensive parts (the Markdown dialect, template configuration, fonts) are built once per
 * Pipeline and reused for every build.
 */
public final class Pipeline {

    static {
        // POI, and PDFBox through commons-logging, log through the Log4j API, which prints "could not find a logging
        // provider" on standard output the first time any thread logs (the glyph check's, often): quiet it before
        // any stage starts, not only when the Word copy is made
        PoiLogging.quiet();
    }

    private final ContentLoader loader = new ContentLoader();
    private final MarkdownDialect markdown = new MarkdownDialect();
    private final Validator validator = new Validator(markdown);
    private final Map<String, String> environment;
    private final StageDeadline deadline;
    private TemplateEngine templateEngine;
    private Path templateDir;
    private PdfRenderer pdfRenderer;
    /** Per language, the finished site pages of the last build, when {@link #keepFinishedPages()} was called. */
    private final Map<String, PageCache> pageCaches = new ConcurrentHashMap<>();
    private volatile boolean keepPages;

    /** A pipeline that reads SOURCE_DATE_EPOCH and PRESS_DEADLINE_SECONDS from the process environment. */
    public Pipeline() {
        this(System.getenv());
    }

    /**
     * A pipeline with its own environment (SOURCE_DATE_EPOCH fixes the date outputs carry; PRESS_DEADLINE_SECONDS
     * the deadline of each stage).
     */
    public Pipeline(Map<String, String> environment) {
        this(environment, StageDeadline.from(environment));
    }

    /** A pipeline whose every stage (load, validate, render, pdf) stops at {@code deadline}. */
    public Pipeline(Map<String, String> environment, StageDeadline deadline) {
        this.environment = Map.copyOf(environment);
        this.deadline = deadline;
    }

    /** Stage "load": reads the content under {@code content}, every problem collected. */
    public LoadResult load(Path content) {
        return deadline.run("load", SourcePosition.of(content), () -> loader.load(content));
    }

    /** Stage "validate": every rule over a loaded strategy, with the writer's severities and {@code strict}. */
    public CheckResult validate(LoadResult loaded, Path content, boolean strict) {
        List<Diagnostic> all = deadline.run("validate", SourcePosition.of(content),
                () -> validator.validate(loaded.strategy(), content, loaded.diagnostics(), loaded.unread(), strict));
        return new CheckResult(loaded.strategy(), all);
    }

    /** Loads and validates the content under {@code content}. */
    public CheckResult check(Path content, boolean strict) {
        return validate(load(content), content, strict);
    }

    /** What the renderers of one build are made from: the checked strategy, which draft it is, what changed. */
    public RenderInputs inputs(CheckResult checked, Path content, Path templates, BuildInfo info, StrategyDiff changes) {
        int warnings = (int) checked.diagnostics().stream().filter(d -> !d.isError()).count();
        return new RenderInputs(checked.strategy(), content, templates, info.version(), info.commit(), info.date(),
                changes, warnings);
    }

    /**
     * Stage "render": the site into {@code target/html}; {@code parallel} renders its pages on every core (beside a
     * PDF being rendered, the PDF is the longer job and a second site thread would only take a core from it).
     */
    public Rendered renderSite(RenderInputs in, OutputFolder target, boolean parallel) {
        StageDeadline scaled = deadline.scaledFor(size(in.strategy()));
        return scaled.run("render", SourcePosition.of(in.templatesRoot()),
                () -> new SiteRenderer(markdown, templates(in.templatesRoot()), parallel, pageCache(in)).render(in, target));
    }

    /**
     * From now on, each site build keeps its finished pages, and the next build takes a page whose template wrote the
     * same HTML from them instead of finishing it again (what the preview server's rebuilds gain most from: after a
     * one-line edit most pages come out as before). The Markdown dialect also remembers its renderings and the loader
     * what each unchanged YAML file gave. A one-off build does not call this: it would only hold the pages.
     */
    public Pipeline keepFinishedPages() {
        keepPages = true;
        markdown.rememberRenderings();
        loader.rememberFiles();
        return this;
    }

    private PageCache pageCache(RenderInputs in) {
        return keepPages ? pageCaches.computeIfAbsent(in.language() + (in.perLanguage() ? "/own" : ""), k -> new PageCache()) : null;
    }

    /** Stage "pdf": the print HTML and the PDF into {@code target/pdf}. */
    public Rendered renderPdf(RenderInputs in, OutputFolder target) {
        return renderPdf(in, print(in), target);
    }

    /**
     * The finished print document (run as stage "pdf") that the PDF, the review copy and the source map are made from
     * (each works on its own copy, so they may run side by side).
     */
    public PrintRenderer.PrintSource print(RenderInputs in) {
        StageDeadline scaled = deadline.scaledFor(size(in.strategy()));
        // reported as stage "pdf", as before the print document was shared: writers know the stages by those names
        return scaled.run("pdf", SourcePosition.of(in.templatesRoot()), () -> printer(in).prepare(in));
    }

    /** Stage "pdf" from a finished print document. */
    public Rendered renderPdf(RenderInputs in, PrintRenderer.PrintSource src, OutputFolder target) {
        return renderPdf(in, src, target, false);
    }

    /** Stage "pdf", and with {@code review} the review copy drawn on the archival PDF's pages. */
    public Rendered renderPdf(RenderInputs in, PrintRenderer.PrintSource src, OutputFolder target, boolean review) {
        return renderPdf(in, src, target, review, null);
    }

    /** The same, telling {@code written} (when not null) of the archival PDF as soon as it is written, for the Word copy. */
    private Rendered renderPdf(RenderInputs in, PrintRenderer.PrintSource src, OutputFolder target, boolean review,
                               CompletableFuture<PrintRenderer.Archival> written) {
        StageDeadline scaled = deadline.scaledFor(size(in.strategy()));
        try {
            return scaled.run("pdf", SourcePosition.of(in.templatesRoot()),
                    () -> printer(in).render(in, src, target, review, written == null ? null : written::complete));
        } finally {
            if (written != null) written.complete(null); // a stage stopped by its deadline never told it
        }
    }

    /** Stage "review": the review copy ({@link Output#REVIEW}) into {@code target/review}. */
    public Rendered renderReview(RenderInputs in, PrintRenderer.PrintSource src, OutputFolder target) {
        StageDeadline scaled = deadline.scaledFor(size(in.strategy()));
        return scaled.run("review", SourcePosition.of(in.templatesRoot()), () -> printer(in).renderReview(in, src, target));
    }

    /** Stage "word": the Word copy ({@link Output#WORD}) into {@code target/word}, its charts left as notes. */
    public Rendered renderWord(RenderInputs in, PrintRenderer.PrintSource src, OutputFolder target) {
        return renderWord(in, src, target, CompletableFuture.completedFuture(null));
    }

    /** The same, its charts cut out of the archival PDF {@code archival} gives (null: none), waited for after the text. */
    private Rendered renderWord(RenderInputs in, PrintRenderer.PrintSource src, OutputFolder target,
                                CompletableFuture<PrintRenderer.Archival> archival) {
        StageDeadline scaled = deadline.scaledFor(size(in.strategy()));
        PrintRenderer printer = printer(in);
        return scaled.run("word", SourcePosition.of(in.templatesRoot()),
                () -> printer.renderWord(in, src, target, () -> printer.charts(taken(archival))));
    }

    /**
     * What {@code archival} was completed with, which it then no longer holds: the future stays reachable until the
     * build ends, and its pictures (some 60 MB of PNG at x50) were held through the other language's PDF.
     */
    private static PrintRenderer.Archival taken(CompletableFuture<PrintRenderer.Archival> archival) {
        PrintRenderer.Archival a = archival.join();
        archival.obtrudeValue(null);
        return a;
    }

    private PrintRenderer printer(RenderInputs in) {
        return new PrintRenderer(markdown, templates(in.templatesRoot()), pdf());
    }

    /** Stage "export": {@code data/strategy.json} and {@code data/kpis.csv} under {@code dir}. */
    public Rendered export(RenderInputs in, Path dir) {
        return export(in, dir, null);
    }

    /** The same, with {@code data/sourcemap.json} of the finished print document {@code src} (null: none). */
    public Rendered export(RenderInputs in, Path dir, PrintRenderer.PrintSource src) {
        try {
            List<Path> files = new ArrayList<>(DataExporter.write(in.strategy(), new ExportInfo(in.version(), in.commit(), in.date()),
                    in.contentRoot(), dir));
            if (src != null) {
                files.add(SourceMap.of(src.doc(), in.strategy(), in.contentRoot(), in.version(), in.commit()).write(dir.resolve("data")));
                src.done();
            }
            return new Rendered(files, List.of());
        } catch (UncheckedIOException e) {
            return new Rendered(List.of(), List.of(Rule.OUTPUT.at(SourcePosition.of(dir.resolve("data")), e.getMessage())));
        } catch (IOException e) {
            return new Rendered(List.of(), List.of(Rule.OUTPUT.at(SourcePosition.of(dir.resolve("data")),
                    "cannot write the source map: " + e.getMessage())));
        }
    }

    /** The editors' JSON Schemas into {@code dir}, so a published build carries the schema its content was checked with. */
    public Rendered schemas(Path dir) {
        try {
            return new Rendered(JsonSchemaWriter.writeTo(dir), List.of());
        } catch (IOException e) {
            throw new RenderException(Rule.OUTPUT.at(SourcePosition.of(dir), "cannot write the JSON Schemas: " + e.getMessage()));
        }
    }

    /**
     * Loads, validates and, when there is no error, writes the outputs the request names (the PDF on its own thread
     * beside the site) into a staging folder that replaces the output folder only if everything succeeded. The
     * changes since {@code since} are computed once and carried in the result.
     */
    public BuildResult build(BuildRequest req) {
        Map<String, Long> timings = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        CheckResult checked = check(req.content(), req.strict());
        timings.put("load+validate", (System.nanoTime() - t0) / 1_000_000);
        BuildInfo info = buildInfo(req.content(), checked.strategy().meta().version());
        if (checked.hasErrors()) return BuildResult.failed(checked.diagnostics(), info);
        List<Diagnostic> all = new ArrayList<>(checked.diagnostics());
        StrategyDiff changes = req.since() == null ? null : changesSince(req.since(), checked, req.content(), info);
        RenderInputs in = inputs(checked, req.content(), req.templates(), info, changes);
        List<String> every = checked.strategy().meta().languages();
        String shown = req.previewLanguage() != null && every.contains(req.previewLanguage()) ? req.previewLanguage() : in.sourceLanguage();
        List<String> languages = req.sourceLanguageOnly() ? List.of(shown) : every;
        List<RenderInputs> editions = languages.stream().map(l -> in.in(l, languages)).toList();
        List<Path> written = new ArrayList<>();
        try (StagedOutput staged = StagedOutput.begin(req.out())) {
            OutputFolder target = new OutputFolder(staged.dir(), Files.isDirectory(req.reusable()) ? req.reusable() : null);
            // one print document per language, each on a thread of its own beside the sites (the PDFs are the longer
            // jobs); the source language's also makes the review copy, the Word copy and the source map
            RenderInputs source = editions.get(0);
            boolean printed = req.wants(Output.PDF) || req.wants(Output.REVIEW) || req.wants(Output.WORD) || req.wants(Output.DATA);
            // the review copy is drawn on the archival PDF's pages unless strategy.yaml asks for a layout of its own
            // (or no archival PDF is made): then it is laid out again beside the PDF
            boolean onPages = req.wants(Output.REVIEW) && req.wants(Output.PDF) && !checked.strategy().meta().spacedReviewCopy();
            List<CompletableFuture<PrintRenderer.PrintSource>> printJobs = new ArrayList<>();
            CompletableFuture<PrintRenderer.Archival> archival = new CompletableFuture<>();
            List<CompletableFuture<Rendered>> jobs = new ArrayList<>();
            for (RenderInputs e : editions) {
                Executor own = work -> DaemonThreads.start("press-print-" + e.language(), work);
                // the outputs that read this print document: it is let go when the last is done with it
                int readers = (req.wants(Output.PDF) ? 1 : 0) + (e != source ? 0
                        : (req.wants(Output.REVIEW) && !onPages ? 1 : 0) + (req.wants(Output.WORD) ? 1 : 0) + (req.wants(Output.DATA) ? 1 : 0));
                CompletableFuture<PrintRenderer.PrintSource> printJob = (e == source ? printed : req.wants(Output.PDF))
                        ? CompletableFuture.supplyAsync(() -> timed(timings, stageName("print", e), () -> {
                            PrintRenderer.PrintSource src = print(e);
                            src.readers(readers);
                            return src;
                        }), own)
                        : CompletableFuture.completedFuture(null);
                printJobs.add(printJob);
                boolean review = onPages && e == source;
                CompletableFuture<PrintRenderer.Archival> told = e == source && req.wants(Output.WORD) ? archival : null;
                jobs.add(after(printJob, req.wants(Output.PDF), own,
                        src -> timed(timings, stageName("pdf", e), () -> renderPdf(e, src, target, review, told))));
            }
            // the Word copy cuts its charts out of the archival PDF: without one (its print or PDF job failed, or no PDF
            // is made) it waits for nothing and shows a note where each chart is
            if (!req.wants(Output.PDF)) archival.complete(null);
            printJobs.get(0).whenComplete((src, failed) -> { if (failed != null) archival.complete(null); });
            Executor copies = work -> DaemonThreads.start("press-copies", work); // a thread per copy
            jobs.add(after(printJobs.get(0), req.wants(Output.REVIEW) && !onPages, copies,
                    src -> timed(timings, "review", () -> renderReview(source, src, target))));
            jobs.add(after(printJobs.get(0), req.wants(Output.WORD), copies,
                    src -> timed(timings, "word", () -> renderWord(source, src, target, archival))));
            // the data and the source map as soon as the print document is made: it is one of the document's readers,
            // which at x50 (some 700,000 elements) was held through both sites when the map waited for them
            jobs.add(after(printJobs.get(0), req.wants(Output.DATA), copies, src -> export(source, staged.dir(), src)));
            List<Rendered> parts = new ArrayList<>();
            try {
                if (req.wants(Output.SITE)) {
                    for (RenderInputs e : editions)
                        parts.add(timed(timings, stageName("site", e), () -> renderSite(e, target, !req.wants(Output.PDF))));
                    if (editions.size() > 1) parts.add(LanguageIndex.write(target, editions));
                }
            } catch (RuntimeException e) {
                jobs.forEach(Pipeline::awaitQuietly); // else they keep writing into the staging folder after close() removed it
                throw e;
            }
            parts.addAll(joinAll(jobs));
            if (req.wants(Output.SCHEMAS)) parts.add(schemas(staged.dir().resolve("schema")));
            for (Rendered r : parts) {
                all.addAll(r.diagnostics());
                for (Path f : r.files()) written.add(staged.dir().relativize(f));
            }
            if (all.stream().anyMatch(Diagnostic::isError)) return BuildResult.failed(all, info);
            staged.commit();
        }
        List<Path> outputs = new ArrayList<>();
        for (RenderInputs e : editions) {
            if (req.wants(Output.SITE)) outputs.add(req.out().resolve(e.siteFolder()).resolve("index.html"));
            if (req.wants(Output.PDF)) outputs.add(req.out().resolve("pdf").resolve(e.pdfName() + ".pdf"));
        }
        if (req.wants(Output.WORD)) outputs.add(req.out().resolve("word").resolve(PrintRenderer.fileName(info.version()) + ".docx"));
        if (req.wants(Output.REVIEW))
            outputs.add(req.out().resolve(ReviewCopy.FOLDER).resolve(ReviewCopy.fileName(info.version()) + ".pdf"));
        if (req.wants(Output.DATA)) outputs.add(req.out().resolve("data").resolve("strategy.json"));
        timings.put("total", (System.nanoTime() - t0) / 1_000_000);
        return new BuildResult(outputs.stream().filter(Files::exists).toList(),
                written.stream().distinct().map(f -> req.out().resolve(f)).toList(), all, info, changes, ordered(timings));
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
        if (c != null && c.content().equals(content) && Objects.equals(c.version(), version)
                && now - c.at() < 5_000_000_000L) return c.info();
        BuildInfo info = GitInfo.resolve(content, version, environment.get("SOURCE_DATE_EPOCH"));
        lastInfo = new CachedInfo(content, version, info, now);
        return info;
    }

    /** Entities plus five per chapter: what the rendering time grows with. */
    private static int size(Strategy s) {
        int chapters = s.modules().stream().mapToInt(m -> m.chapters().size()).sum();
        return (int) s.identified().count() + s.assessments().size() + s.visions().size() + 5 * chapters;
    }

    private static <T> T timed(Map<String, Long> timings, String stage, Supplier<T> work) {
        long t = System.nanoTime();
        try {
            return work.get();
        } finally {
            timings.put(stage, (System.nanoTime() - t) / 1_000_000);
        }
    }

    /** The stage's name in the timings: {@code site}, or {@code site-az} when each language renders its own. */
    private static String stageName(String stage, RenderInputs in) {
        return in.perLanguage() ? stage + "-" + in.language() : stage;
    }

    private static Map<String, Long> ordered(Map<String, Long> timings) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (timings.containsKey("load+validate")) out.put("load+validate", timings.get("load+validate"));
        for (String stage : List.of("site", "print", "pdf", "review", "word"))
            timings.keySet().stream().filter(k -> k.equals(stage) || k.startsWith(stage + "-")).sorted()
                    .forEach(k -> out.put(k, timings.get(k)));
        if (timings.containsKey("total")) out.put("total", timings.get("total"));
        return out;
    }

    /** What changed between the content at git ref {@code since} and the content being built. */
    public static StrategyDiff changesSince(String since, CheckResult checked, Path content, BuildInfo info) {
        try (ContentVersions versions = new ContentVersions(content)) {
            return DiffEngine.compare(versions.at(since), new DiffEngine.Side(info.version(), checked.strategy(), content));
        }
    }

    /** {@code work} on the print document once it is made, when {@code wanted}; else nothing to do. */
    private static CompletableFuture<Rendered> after(CompletableFuture<PrintRenderer.PrintSource> print, boolean wanted,
                                                     Executor on, Function<PrintRenderer.PrintSource, Rendered> work) {
        return wanted ? print.thenApplyAsync(work, on) : CompletableFuture.completedFuture(new Rendered(List.of(), List.of()));
    }

    /** Every job's result; the first failure is thrown once all of them have ended. */
    private static List<Rendered> joinAll(List<CompletableFuture<Rendered>> jobs) {
        List<Rendered> out = new ArrayList<>();
        RuntimeException first = null;
        for (CompletableFuture<Rendered> job : jobs) {
            try {
                out.add(join(job));
            } catch (RuntimeException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
        return out;
    }

    private static <T> T join(CompletableFuture<T> job) {
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
        } catch (CompletionException | CancellationException e) {
            // ignored: the site's error stops the build
        }
    }

    private TemplateEngine templates(Path dir) {
        synchronized (this) {
            // the project's folder over the built-in set; made anew when the folder appears or goes
            boolean present = Files.isDirectory(dir);
            if (templateEngine == null || !templateDir.equals(dir) || present != (templateEngine.set().project() != null)) {
                // a template stops itself just after its stage's deadline, so that a stopped stage leaves no work behind
                Duration limit = deadline.limit().plusSeconds(1);
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
    public synchronized TemplateSet templateSet() {
        return templateEngine == null ? null : templateEngine.set();
    }

    /** Which template files the last build took from the project's folder and which were built in (null before the first). */
    public synchronized String templateOrigins() {
        return templateEngine == null ? null : templateEngine.set().describeOrigins();
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
