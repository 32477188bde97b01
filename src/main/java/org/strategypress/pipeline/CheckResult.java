package org.strategypress.pipeline;

import java.util.List;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.Strategy;

/** A loaded and validated strategy with every problem found. */
public record CheckResult(Strategy strategy, List<Diagnostic> diagnostics) {
    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
