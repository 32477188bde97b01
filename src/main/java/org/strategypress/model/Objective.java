package org.strategypress.model;

import java.util.List;

/** Module 3: a strategic objective serving national targets. */
public record Objective(String id, Text title, Ref pillar, List<Ref> contributesTo, SourcePosition at)
        implements Entity {
    public Objective {
        contributesTo = List.copyOf(contributesTo);
    }
}
