package org.strategypress.model;

import java.util.List;

/** Module 3: the to-be vision of one pillar. */
public record Vision(Ref pillar, Text statement, List<Text> outcomes, SourcePosition at) implements Entity {
    public Vision {
        outcomes = List.copyOf(outcomes);
    }
    public String id() { return pillar.id(); }
    public Text title() { return Text.plain("Vision for " + pillar.id(), at); }
}
