package org.strategypress.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.strategypress.model.Diagnostic;

/** What a build wrote (nothing when it failed), every problem met on the way, and how long each stage took (ms). */
public record BuildResult(List<Path> outputs, List<Diagnostic> diagnostics, BuildInfo info,
                          java.util.Map<String, Long> timings) {
    public BuildResult {
        outputs = List.copyOf(outputs);
        diagnostics = List.copyOf(diagnostics);
        timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
    }

    public BuildResult(List<Path> outputs, List<Diagnostic> diagnostics, BuildInfo info) {
        this(outputs, diagnostics, info, java.util.Map.of());
    }

    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
