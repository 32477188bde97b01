package org.strategypress.model;

import java.util.List;
import java.util.Map;

/** What strategy.yaml says about the document. {@code asOf}: the reporting date, or null (the build's date). */
public record StrategyMeta(Text title, Text subtitle, Text country, String language, String status,
                           String version, int horizonFrom, int horizonTo, List<Text> preparedBy,
                           Map<String, RuleSetting> rules, String pageSize, When asOf, SourcePosition at) {
    public StrategyMeta {
        preparedBy = List.copyOf(preparedBy);
        rules = Map.copyOf(rules);
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
