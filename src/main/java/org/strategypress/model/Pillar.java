package org.strategypress.model;

/** One of the strategy's pillars, such as Digital Infrastructure. */
public record Pillar(String id, Text title, Text summary, SourcePosition at) implements Entity {
}
