package org.strategypress.load;

import java.util.List;
import java.util.Set;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.Strategy;

/**
 * The strategy as far as it could be read, every problem met while reading it, and the words (ids among them) of
 * what could not be read: files that did not parse, entities that were dropped. Problems about those ids may only
 * follow from the errors that hid them.
 */
public record LoadResult(Strategy strategy, List<Diagnostic> diagnostics, Set<String> unread) {
    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
        unread = Set.copyOf(unread);
    }

    public LoadResult(Strategy strategy, List<Diagnostic> diagnostics) {
        this(strategy, diagnostics, Set.of());
    }
}
