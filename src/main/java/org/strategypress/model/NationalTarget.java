package org.strategypress.model;

/** A measurable national target under a priority. Baseline and target are optional. */
public record NationalTarget(String id, Ref priority, Text title, Text indicator, Text unit,
                             Measure baseline, Measure target, Text source, boolean illustrative,
                             Text unverified, SourcePosition at) implements Entity {
}
