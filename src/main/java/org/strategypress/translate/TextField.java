package org.strategypress.translate;

import org.strategypress.model.Text;

/**
 * One text a translator translates: the kind's key ({@code strategy} for strategy.yaml), the id of the entity it
 * belongs to (empty for strategy.yaml), the field as a path ({@code title}, {@code milestones[1].title},
 * {@code strengths[0]}), and the text itself with its positions.
 */
public record TextField(String kind, String id, String field, Text text) {

    /** The key that names this text in reports and XLIFF: {@code kind/id/field}. */
    public String key() {
        return kind + "/" + id + "/" + field;
    }
}
