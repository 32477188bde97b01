package org.strategypress.model;

import java.util.Map;

/**
 * Where each field of a mapping was written (its key), for rules that report at a field whose value carries no
 * position of its own (a word, a number, a flag). A record component of this type is filled by the loader and left
 * out of exports, views and the diff, like {@link SourcePosition}.
 */
public record FieldPositions(Map<String, SourcePosition> byField) {

    /** No positions known. */
    public static final FieldPositions NONE = new FieldPositions(Map.of());

    public FieldPositions {
        byField = Map.copyOf(byField);
    }

    /** Where {@code field} was written, else {@code fallback}. */
    public SourcePosition of(String field, SourcePosition fallback) {
        return byField.getOrDefault(field, fallback);
    }
}
