package org.strategypress.model;

/** Module 3: a theme of action, grouping initiatives across pillars. */
public record Theme(String id, Text title, Text summary, SourcePosition at) implements Entity {
}
