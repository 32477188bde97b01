package org.strategypress.model.schema;

import java.util.List;

/**
 * One field of a kind: its name, type, whether it is required, and for references the kind referred to,
 * for enums the allowed words, for objects the sub-fields.
 */
public record FieldSpec(String name, FieldType type, boolean required, String refKind, List<String> values,
                        List<FieldSpec> children, Double min, Double max, String doc) {

    public FieldSpec {
        values = List.copyOf(values);
        children = List.copyOf(children);
    }

    public static FieldSpec of(String name, FieldType type, String doc) {
        return new FieldSpec(name, type, false, null, List.of(), List.of(), null, null, doc);
    }

    public FieldSpec mandatory() {
        return new FieldSpec(name, type, true, refKind, values, children, min, max, doc);
    }

    public FieldSpec refersTo(String kind) {
        return new FieldSpec(name, type, required, kind, values, children, min, max, doc);
    }

    public FieldSpec oneOf(String... allowed) {
        return new FieldSpec(name, type, required, refKind, List.of(allowed), children, min, max, doc);
    }

    public FieldSpec with(FieldSpec... fields) {
        return new FieldSpec(name, type, required, refKind, values, List.of(fields), min, max, doc);
    }

    public FieldSpec range(double lo, double hi) {
        return new FieldSpec(name, type, required, refKind, values, children, lo, hi, doc);
    }

    /** The sub-field with this name, or null. */
    public FieldSpec child(String n) {
        return children.stream().filter(f -> f.name().equals(n)).findFirst().orElse(null);
    }
}
