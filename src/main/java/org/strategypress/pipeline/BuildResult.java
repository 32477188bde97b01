package org.strategypress.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.strategypress.model.Diagnostic;

/** What a build wrote (nothing when it failed) and every problem met on the way. */
public record BuildResult(List<Path> outputs, List<Diagnostic> diagnostics, BuildInfo info) {
    public BuildResult {
        outputs = List.copyOf(outputs);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
