package org.strategypress.pipeline;

import java.nio.file.Path;

/**
 * What to build: the content and templates folders, the output folder, and the options. {@code html} and
 * {@code pdf} choose the outputs (the preview server builds the site alone, {@link #siteOnly}); {@code since} is a git
 * ref, or null: when set, the site gets changes.html and the PDF an annex with what changed since that ref.
 * {@code previous} is an earlier build's output folder whose unchanged files the build may link instead of writing
 * ({@link org.strategypress.render.OutputFolder}); null means the output folder itself, the build being replaced.
 */
public record BuildRequest(Path content, Path templates, Path out, boolean strict, boolean html, boolean pdf,
                           String since, Path previous) {

    public BuildRequest(Path content, Path templates, Path out, boolean strict, boolean html, boolean pdf, String since) {
        this(content, templates, out, strict, html, pdf, since, null);
    }

    public BuildRequest(Path content, Path templates, Path out, boolean strict, boolean html, boolean pdf) {
        this(content, templates, out, strict, html, pdf, null);
    }

    /** The same request, reusing the unchanged files of the build in {@code previous}. */
    public BuildRequest reusing(Path previous) {
        return new BuildRequest(content, templates, out, strict, html, pdf, since, previous);
    }

    /** The folder whose unchanged files this build may reuse. */
    public Path reusable() {
        return previous == null ? out : previous;
    }

    /** The site and the PDF, warnings not counted as errors. */
    public static BuildRequest of(Path content, Path templates, Path out) {
        return new BuildRequest(content, templates, out, false, true, true);
    }

    /** The site only, no PDF: what the preview server rebuilds on every save. */
    public static BuildRequest siteOnly(Path content, Path templates, Path out) {
        return new BuildRequest(content, templates, out, false, true, false);
    }
}
