package org.strategypress.model;

/**
 * One line of document control in strategy.yaml's {@code reviews}: who reviewed which version, when
 * ({@code YYYY-MM-DD} as written) and what they decided ({@code comments}, {@code cleared} or {@code approved}).
 */
public record Review(String version, String date, Text by, String decision, Text note, SourcePosition at) {
}
