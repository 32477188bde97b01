package org.strategypress.pipeline;

import java.nio.file.Path;

/**
 * What to build: the content and templates folders, the output folder, and the options. {@code since} is a git
 * ref, or null: when set, the site gets changes.html and the PDF an annex with what changed since that ref.
 */
public record BuildRequest(Path content, Path templates, Path out, boolean strict, boolean html, boolean pdf,
                           String since) {

    public BuildRequest(Path content, Path templates, Path out, boolean strict, boolean html, boolean pdf) {
        this(content, templates, out, strict, html, pdf, null);
    }

    public static BuildRequest of(Path content, Path templates, Path out) {
        return new BuildRequest(content, templates, out, false, true, true);
    }
}
