package org.strategypress.render;

import java.nio.file.Path;
import java.time.Instant;

import org.strategypress.diff.StrategyDiff;
import org.strategypress.model.Strategy;

/**
 * What every output is made from: the validated strategy, where it came from, and which draft it is;
 * {@code changes} is what changed since an earlier version, or null when none was asked for.
 */
public record RenderInputs(Strategy strategy, Path contentRoot, Path templatesRoot, String version, String commit,
                           Instant date, StrategyDiff changes) {
}
