package org.strategypress.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.strategypress.files.FileTrees;
import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.DeadlineException;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.render.RenderException;

/**
 * Builds the site (no PDF) with one Pipeline, reused for every rebuild, into a private folder: each good
 * build gets a fresh generation folder and becomes the served site in one step, so a request never sees a
 * half-written site. A failed build keeps the last good site. The two newest generations are kept so that
 * requests still reading the previous one finish.
 */
final class PreviewBuilder implements AutoCloseable {

    private final Pipeline pipeline;
    private final Path content;
    private final Path templates;
    private final Path work;
    private final Deque<Path> generations = new ArrayDeque<>();
    private volatile Path site;
    private volatile BuildOutcome last;
    private int count;
    /** The language the writer is editing (null: the source language), as the last changed chapter says. */
    private volatile String language;
    private static final Pattern TRANSLATION = Pattern.compile(".+\\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\\.md");

    PreviewBuilder(Path content, Path templates) {
        this(content, templates, new Pipeline());
    }

    /** A builder with its own pipeline (tests give one with a short deadline). */
    PreviewBuilder(Path content, Path templates, Pipeline pipeline) {
        this.pipeline = pipeline.keepFinishedPages();
        this.content = content.toAbsolutePath().normalize();
        this.templates = templates.toAbsolutePath().normalize();
        try {
            this.work = Files.createTempDirectory("press-serve-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the preview's private folder", e);
        }
    }

    /**
     * Follows the writer: after a change to a translated chapter ({@code name.az.md}) the preview shows that
     * language, after a change to a source chapter ({@code name.md}) the source language; other changes (YAML,
     * templates) keep the language shown.
     */
    void follow(List<Path> changed) {
        for (Path p : changed) {
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (!name.endsWith(".md")) continue;
            Matcher m = TRANSLATION.matcher(name);
            language = m.matches() ? m.group(1) : null;
        }
    }

    /** The language shown: null for the source language. */
    String language() {
        return language;
    }

    /** Rebuilds now; the served site changes only when the build succeeds. Called from one thread at a time. */
    synchronized BuildOutcome rebuild() {
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        int gen = ++count;
        Path out = work.resolve("gen-" + gen);
        BuildOutcome outcome;
        try {
            // a fresh folder per build, whose unchanged pages are links to the last good build's
            Path lastGood = site == null ? null : site.getParent();
            BuildResult r = pipeline.build(BuildRequest.preview(content, templates, out).previewIn(language).reusing(lastGood));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (r.ok() && Files.isRegularFile(out.resolve("html").resolve("index.html"))) {
                site = out.resolve("html");
                generations.addLast(out);
                while (generations.size() > 2) FileTrees.deleteQuietly(generations.removeFirst());
                outcome = new BuildOutcome(gen, true, r.diagnostics(), ms, cpuMillis(cpu0));
            } else {
                outcome = new BuildOutcome(gen, false, r.diagnostics(), ms, cpuMillis(cpu0));
            }
        } catch (RenderException e) {
            outcome = new BuildOutcome(gen, false, List.of(e.diagnostic()), (System.nanoTime() - t0) / 1_000_000, cpuMillis(cpu0));
        } catch (DeadlineException e) {
            outcome = new BuildOutcome(gen, false, List.of(e.diagnostic()), (System.nanoTime() - t0) / 1_000_000, cpuMillis(cpu0));
        }
        last = outcome;
        return outcome;
    }

    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static long cpuMillis(long cpu0) {
        return cpu0 < 0 ? -1 : (cpuNanos() - cpu0) / 1_000_000;
    }

    /** The folder of the last good site, if any build succeeded yet. */
    Optional<Path> site() {
        return Optional.ofNullable(site);
    }

    /** The latest rebuild, good or not. */
    Optional<BuildOutcome> last() {
        return Optional.ofNullable(last);
    }

    Path content() {
        return content;
    }

    Path templates() {
        return templates;
    }

    /** The private folder builds go to (never the user's build-output). */
    Path workFolder() {
        return work;
    }

    @Override
    public synchronized void close() {
        FileTrees.deleteQuietly(work); // a private temporary folder: a leftover is harmless
    }
}
