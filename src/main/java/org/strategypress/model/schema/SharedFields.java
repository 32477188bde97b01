package org.strategypress.model.schema;

import static org.strategypress.model.schema.FieldSpec.of;
import static org.strategypress.model.schema.FieldType.*;

/** Fields and words several kinds share. */
final class SharedFields {

    static final String[] LEVELS = {"high", "medium", "low"};
    static final String[] MILESTONE_STATUSES = {"planned", "on-track", "at-risk", "late", "done", "dropped"};

    static final FieldSpec ILLUSTRATIVE = of("illustrative", BOOL,
            "true when a value is not from a cited source; shown as illustrative");
    static final FieldSpec UNVERIFIED = of("unverified", TEXT,
            "(extension) what about the source is uncertain; shown beside the value");

    /** {@code illustrative} on one value mapping: its own mark, over its entity's flag. */
    static final FieldSpec VALUE_ILLUSTRATIVE = of("illustrative", BOOL,
            "this value's own mark: true when it is not from a cited source; false marks a sourced value under an illustrative entity");

    private SharedFields() {
    }

    /** A {value, year} mapping. */
    static FieldSpec measure(String name, String doc) {
        return of(name, OBJECT, doc).with(
                of("value", NUMBER, "the value").mandatory(),
                of("year", YEAR, "the year of the value").mandatory(),
                VALUE_ILLUSTRATIVE);
    }
}
