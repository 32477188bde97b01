package org.strategypress.render;

import java.nio.file.Path;
import java.time.Instant;

import org.strategypress.model.StrategyDiff;
import org.strategypress.model.Strategy;

/**
 * What every output is made from: the validated strategy, where it came from, and which draft it is;
 * {@code changes} is what changed since an earlier version, or null when none was asked for; {@code warnings}
 * is how many warnings and notes the validation passed (a rendered strategy has no errors).
 */
public record RenderInputs(Strategy strategy, Path contentRoot, Path templatesRoot, String version, String commit,
                           Instant date, StrategyDiff changes, int warnings) {

    /** Inputs of a build that reports no warnings. */
    public RenderInputs(Strategy strategy, Path contentRoot, Path templatesRoot, String version, String commit,
                        Instant date, StrategyDiff changes) {
        this(strategy, contentRoot, templatesRoot, version, commit, date, changes, 0);
    }
}
