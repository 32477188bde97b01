package org.strategypress.pipeline;

import java.nio.file.Path;

/**
 * What to build: the content and templates folders, the output folder, and the options. {@code html} and
 * {@code pdf} choose the outputs (the preview server builds the site alone, {@link #siteOnly}); {@code since} is a git
 * ref, or null: when set, the site gets changes.html and the PDF an annex with what changed since that ref.
 */
public record BuildRequest(Path content, Path templates, Path out, boolean strict, boolean html, boolean pdf,
                           String since) {

    public BuildRequest(Path content, Path templates, Path out, boolean strict, boolean html, boolean pdf) {
        this(content, templates, out, strict, html, pdf, null);
    }

    /** The site and the PDF, warnings not counted as errors. */
    public static BuildRequest of(Path content, Path templates, Path out) {
        return new BuildRequest(content, templates, out, false, true, true);
    }

    /** The site only, no PDF: what the preview server rebuilds on every save. */
    public static BuildRequest siteOnly(Path content, Path templates, Path out) {
        return new BuildRequest(content, templates, out, false, true, false);
    }

    /** The same request without the PDF. */
    public BuildRequest withoutPdf() {
        return new BuildRequest(content, templates, out, strict, html, false);
    }
}
