package org.strategypress.model;

/** Module 4: an implementation principle. */
public record Principle(String id, Text title, Text text, SourcePosition at) implements Entity {
}
