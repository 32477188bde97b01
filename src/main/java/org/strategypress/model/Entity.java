package org.strategypress.model;

/** Something writers declare in a YAML table. Entities with an id can be referenced and linked. */
public interface Entity {
    /** The entity's id, or the id it is keyed by (assessments and visions: their pillar). */
    String id();

    /** Where the entity starts in its file. */
    SourcePosition at();

    /** The kind as written in YAML, such as {@code kpis}. */
    String kind();

    /** A one-line title for links and lists. */
    Text title();
}
