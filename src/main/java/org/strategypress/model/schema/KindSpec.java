package org.strategypress.model.schema;

import java.util.List;

/** A group of fields that is not an entity kind: strategy.yaml and a chapter's front matter. */
public record KindSpec(String name, int module, boolean hasId, String doc, List<FieldSpec> fields) {

    public KindSpec {
        fields = List.copyOf(fields);
    }

    /** The field with this name, or null. */
    public FieldSpec field(String n) {
        return fields.stream().filter(f -> f.name().equals(n)).findFirst().orElse(null);
    }
}
