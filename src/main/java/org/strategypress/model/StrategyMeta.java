package org.strategypress.model;

import java.util.List;
import java.util.Map;

/** What strategy.yaml says about the document; {@code reviews} is its document control, oldest first. */
public record StrategyMeta(Text title, Text subtitle, Text country, String language, String status,
                           String version, int horizonFrom, int horizonTo, List<Text> preparedBy,
                           Map<String, RuleSetting> rules, String pageSize, SourcePosition at, List<Review> reviews) {
    public StrategyMeta {
        preparedBy = List.copyOf(preparedBy);
        rules = Map.copyOf(rules);
        reviews = List.copyOf(reviews);
    }

    /** Metadata without document control. */
    public StrategyMeta(Text title, Text subtitle, Text country, String language, String status, String version,
                        int horizonFrom, int horizonTo, List<Text> preparedBy, Map<String, RuleSetting> rules,
                        String pageSize, SourcePosition at) {
        this(title, subtitle, country, language, status, version, horizonFrom, horizonTo, preparedBy, rules, pageSize,
                at, List.of());
    }

    /** The last review written (reviews are listed oldest first), or null when there is none. */
    public Review latestReview() {
        return reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
    }

    /** True when the horizon is known (strategy.yaml gave a valid one). */
    public boolean hasHorizon() {
        return horizonFrom > 0;
    }

    public boolean isFinal() {
        return "final".equals(status);
    }

    /** A writer's setting for one rule: a severity, a number, or both. */
    public record RuleSetting(String name, Severity severity, Integer number, SourcePosition at) {
    }
}
