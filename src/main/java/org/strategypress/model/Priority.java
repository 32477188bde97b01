package org.strategypress.model;

/** A national priority of the reference framework the strategy aligns with (strategy.yaml's {@code framework}). */
public record Priority(String id, Text title, SourcePosition at) implements Entity {
}
