package org.strategypress.load;

import java.util.List;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.Strategy;

/** The strategy as far as it could be read, and every problem met while reading it. */
public record LoadResult(Strategy strategy, List<Diagnostic> diagnostics) {
    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
