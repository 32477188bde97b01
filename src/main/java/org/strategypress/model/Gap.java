package org.strategypress.model;

/** Module 3: the distance between as-is and to-be in one pillar. */
public record Gap(String id, Ref pillar, Text title, Text asIs, Text toBe, String severity, SourcePosition at)
        implements Entity {
}
