package org.strategypress.model;

import java.util.List;

/** Module 4: a key performance indicator measuring initiatives and serving national targets. */
public record Kpi(String id, Text title, List<Ref> measures, List<Ref> contributesTo, Text unit, String direction,
                  Measure baseline, List<Measure> targets, Ref owner, Text source, Text frequency,
                  boolean illustrative, Text unverified, SourcePosition at) implements Entity {
    public Kpi {
        measures = List.copyOf(measures);
        contributesTo = List.copyOf(contributesTo);
        targets = List.copyOf(targets);
    }

    /** The target with the latest year, or null if there is none. */
    public Measure finalTarget() {
        return targets.stream().max(java.util.Comparator.comparingInt(Measure::year)).orElse(null);
    }
}
