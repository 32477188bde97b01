package org.strategypress.model;

import java.util.List;

/** Module 2: a global trend. */
public record Trend(String id, Text title, Text summary, List<Text> sources, SourcePosition at) implements Entity {
    public Trend {
        sources = List.copyOf(sources);
    }
}
