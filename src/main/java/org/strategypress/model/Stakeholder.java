package org.strategypress.model;

/** A ministry, agency or other body that owns, partners in or is consulted on the strategy. */
public record Stakeholder(String id, Text name, @YamlName("short") Text shortName, String type, Text role, SourcePosition at)
        implements Entity {
    public Text title() { return name; }
}
