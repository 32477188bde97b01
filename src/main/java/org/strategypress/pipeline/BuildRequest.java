package org.strategypress.pipeline;

import java.nio.file.Path;

/** What to build: the content and templates folders, the output folder, and the options. */
public record BuildRequest(Path content, Path templates, Path out, boolean strict, boolean html, boolean pdf) {

    public static BuildRequest of(Path content, Path templates, Path out) {
        return new BuildRequest(content, templates, out, false, true, true);
    }
}
