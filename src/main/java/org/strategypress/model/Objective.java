package org.strategypress.model;

import java.util.List;

/**
 * Module 3: a strategic objective serving national targets, with the assumptions its theory of change rests on and
 * the gaps (constraints) it must overcome.
 */
public record Objective(String id, Text title, Ref pillar, List<Ref> contributesTo, List<Text> assumptions,
                        List<Ref> constraints, SourcePosition at) implements Entity {
    public Objective {
        contributesTo = List.copyOf(contributesTo);
        assumptions = List.copyOf(assumptions);
        constraints = List.copyOf(constraints);
    }
}
