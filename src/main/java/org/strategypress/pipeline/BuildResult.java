package org.strategypress.pipeline;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strategypress.model.StrategyDiff;
import org.strategypress.model.Diagnostic;

/**
 * What a build wrote (nothing when it failed): its main files ({@code outputs}: the site's index, the PDF, the data),
 * every file ({@code files}), every problem met on the way, which draft it is, what changed since the requested ref
 * (null when none was asked for), and how long each stage took (ms).
 */
public record BuildResult(List<Path> outputs, List<Path> files, List<Diagnostic> diagnostics, BuildInfo info,
                          StrategyDiff changes, Map<String, Long> timings) {
    public BuildResult {
        outputs = List.copyOf(outputs);
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
        timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
    }

    /** A build that stopped on errors: nothing written. */
    static BuildResult failed(List<Diagnostic> diagnostics, BuildInfo info) {
        return new BuildResult(List.of(), List.of(), diagnostics, info, null, Map.of());
    }

    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
