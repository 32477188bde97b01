package org.strategypress.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A piece of writer's text: one string, or one string per language tag ({@code {en: ..., az: ...}}).
 * Kept exactly as written.
 */
public record Text(Map<String, String> byLanguage, SourcePosition at) {

    /** The key used when the writer gave a plain string rather than a per-language mapping. */
    public static final String ANY = "*";

    public Text {
        byLanguage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
        if (byLanguage.isEmpty()) throw new IllegalArgumentException("text needs at least one value");
    }

    public static Text plain(String value, SourcePosition at) {
        return new Text(Map.of(ANY, value), at);
    }

    /** The text in the given language, else the plain value, else the first one written. */
    public String in(String language) {
        String v = byLanguage.get(language);
        if (v == null) v = byLanguage.get(ANY);
        if (v == null) v = byLanguage.values().iterator().next();
        return v;
    }

    /** The plain value or the first one written. */
    @Override
    public String toString() {
        return in(ANY);
    }
}
