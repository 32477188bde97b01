package org.strategypress.validate;

import java.util.List;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.Strategy;

/** One family of checks over the loaded strategy. Never changes the model; adds what it finds to {@code out}. */
interface ValidationRule {
    void check(Strategy strategy, ValidationContext context, List<Diagnostic> out);
}
