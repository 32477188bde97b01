package org.strategypress.serve;

import java.util.List;

import org.strategypress.model.Diagnostic;

/**
 * One rebuild of the preview: whether it produced a new site, every problem met, and how long it took: wall
 * time, and the CPU time of the whole process meanwhile (which tells a slow build from a busy machine).
 * {@code generation} counts rebuilds; pages reload whenever it changes.
 */
public record BuildOutcome(int generation, boolean ok, List<Diagnostic> diagnostics, long millis, long cpuMillis) {

    public BuildOutcome {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The problems the overlay shows: errors, or every diagnostic when the build failed without an error. */
    public List<Diagnostic> errors() {
        List<Diagnostic> e = diagnostics.stream().filter(Diagnostic::isError).toList();
        return e.isEmpty() && !ok ? diagnostics : e;
    }
}
