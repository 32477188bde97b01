package org.strategypress.model;

/** A national priority of the reference framework (Azerbaijan 2030). */
public record Priority(String id, Text title, SourcePosition at) implements Entity {
}
