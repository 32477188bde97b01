package org.strategypress.load.schema;

import java.util.List;

/** An entity kind: its YAML key, the module it belongs to (0 for reference tables), and its fields. */
public record KindSpec(String name, int module, boolean hasId, String doc, List<FieldSpec> fields) {

    public KindSpec {
        fields = List.copyOf(fields);
    }

    /** The field with this name, or null. */
    public FieldSpec field(String n) {
        return fields.stream().filter(f -> f.name().equals(n)).findFirst().orElse(null);
    }

    public List<String> fieldNames() {
        return fields.stream().map(FieldSpec::name).toList();
    }
}
