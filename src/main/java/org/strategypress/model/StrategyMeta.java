package org.strategypress.model;

import java.util.List;
import java.util.Map;

/** What strategy.yaml says about the document. */
public record StrategyMeta(Text title, Text subtitle, Text country, String language, String status,
                           String version, int horizonFrom, int horizonTo, List<Text> preparedBy,
                           Map<String, RuleSetting> rules, String pageSize, SourcePosition at, List<String> languages) {
    public StrategyMeta {
        preparedBy = List.copyOf(preparedBy);
        rules = Map.copyOf(rules);
        languages = languages == null || languages.isEmpty() ? List.of(language) : List.copyOf(languages);
    }

    /** True when the document is written in more than one language: one site and one PDF per language. */
    public boolean multilingual() {
        return languages.size() > 1;
    }

    /** The languages other than the source language, into which texts are translated. */
    public List<String> translations() {
        return languages.subList(1, languages.size());
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
