package org.strategypress.model;

import org.strategypress.model.schema.Kinds;

/** Something writers declare in a YAML table. Entities with an id can be referenced and linked. */
public interface Entity {
    /** The entity's id, or the id it is keyed by (assessments and visions: their pillar). */
    String id();

    /** Where the entity starts in its file. */
    SourcePosition at();

    /** The kind's YAML key, such as {@code kpis}: its one spelling, from the registry. */
    default String kind() {
        return Kinds.kindOf(this).key();
    }

    /** A one-line title for links and lists. */
    Text title();
}
