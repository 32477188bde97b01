package org.strategypress.model;

import java.util.List;
import java.util.Map;

/**
 * What strategy.yaml says about the document. {@code framework} and {@code frameworkShort}: the national
 * reference framework's full and short name, null when strategy.yaml names none. {@code asOf}: the reporting date of
 * KPI actuals and milestone statuses, or null (the build's date). {@code reviews}: document control, oldest first.
 * {@code languages}: the source language first, then the languages it is translated into ({@code [language]} alone
 * when strategy.yaml lists none).
 */
public record StrategyMeta(Text title, Text subtitle, Text country, String language, String status,
                           String version, int horizonFrom, int horizonTo, List<Text> preparedBy,
                           Map<String, RuleSetting> rules, String pageSize, Text framework, Text frameworkShort,
                           SourcePosition at, Prioritisation prioritisation, Currency currency, When asOf,
                           List<Review> reviews, List<String> languages, String reviewLayout) {
    /**
     * The file's name. When it cannot be read, the loader lists this word among the unread words, and rules that
     * depend on its settings are {@code about} it, so they are held back behind the error.
     */
    public static final String FILE = "strategy.yaml";

    public StrategyMeta {
        preparedBy = List.copyOf(preparedBy);
        rules = Map.copyOf(rules);
        reviews = List.copyOf(reviews);
        languages = languages == null || languages.isEmpty() ? List.of(language) : List.copyOf(languages);
        if (reviewLayout == null) reviewLayout = REVIEW_ON_PAGES;
    }

    /** {@code review_copy.layout} that draws the review copy on the archival PDF's pages (the default). */
    public static final String REVIEW_ON_PAGES = "pages";

    /** True when the review copy is laid out on its own, with wide margins and line spacing ({@code layout: spaced}). */
    public boolean spacedReviewCopy() {
        return "spaced".equals(reviewLayout);
    }

    /** True when the document is written in more than one language: one site and one PDF per language. */
    public boolean multilingual() {
        return languages.size() > 1;
    }

    /** The languages other than the source language, into which texts are translated. */
    public List<String> translations() {
        return languages.subList(1, languages.size());
    }

    /** The last review written (reviews are listed oldest first), or null when there is none. */
    public Review latestReview() {
        return reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
    }

    /** Metadata without a framework, the roadmap's decisions (prioritisation, currency, as_of) or document control. */
    public StrategyMeta(Text title, Text subtitle, Text country, String language, String status, String version,
                        int horizonFrom, int horizonTo, List<Text> preparedBy, Map<String, RuleSetting> rules,
                        String pageSize, SourcePosition at) {
        this(title, subtitle, country, language, status, version, horizonFrom, horizonTo, preparedBy, rules, pageSize,
                null, null, at, null, null, null, List.of(), List.of(), null);
    }

    /** The reporting date of milestone statuses: {@code as_of} when written, else {@code today}. */
    public When asOfOr(When today) {
        return asOf != null ? asOf : today;
    }

    /** The number a writer set for a threshold in {@code rules:}, else {@code fallback}. */
    public int threshold(String name, int fallback) {
        RuleSetting r = rules.get(name);
        return r == null || r.number() == null ? fallback : r.number();
    }

    /** How every amount is expressed: an ISO 4217 code and a scale ({@code one}, {@code thousand}, {@code million}, {@code billion}). */
    public record Currency(String code, String scale, SourcePosition at) {

        /** "USD million", or "USD" for scale one. */
        public String label() {
            return scale == null || scale.equals("one") ? code : code + " " + scale;
        }
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
