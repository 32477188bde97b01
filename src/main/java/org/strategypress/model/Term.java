package org.strategypress.model;

/** A glossary term, with its abbreviation when it has one (then it is also an acronym of the document). */
public record Term(String id, Text term, Text abbr, Text definition, SourcePosition at) implements Entity {
    public Text title() { return term; }
}
