package org.strategypress.model;

/**
 * A work the strategy cites: by {@code [[ID]]} in prose, or by its id in a {@code source}/{@code sources} field.
 * {@code accessed} is {@code YYYY-MM-DD}, as written.
 */
public record Reference(String id, Text title, Text publisher, Text author, Integer year, String url, String accessed,
                        @YamlName("kind") String referenceKind, SourcePosition at) implements Entity {
}
