package org.strategypress.model;

/** An id as a writer declared it: its kind and where. Milestones declare ids of kind {@code milestones}. */
public record DeclaredId(String id, String kind, SourcePosition at) {
}
