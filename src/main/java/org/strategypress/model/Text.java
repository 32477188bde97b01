package org.strategypress.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A piece of writer's text: one string, or one string per language tag ({@code {en: ..., az: ...}}).
 * Kept exactly as written. {@code at} is where the text starts; {@code valueAt} where each language's value starts
 * (for a plain string, the {@link #ANY} entry is {@code at}).
 */
public record Text(Map<String, String> byLanguage, SourcePosition at, Map<String, SourcePosition> valueAt) {

    /** The key used when the writer gave a plain string rather than a per-language mapping. */
    public static final String ANY = "*";

    public Text {
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
        if (byLanguage.isEmpty()) throw new IllegalArgumentException("text needs at least one value");
        valueAt = Map.copyOf(valueAt);
    }

    /** Text whose values all start at {@code at}. */
    public Text(Map<String, String> byLanguage, SourcePosition at) {
        this(byLanguage, at, Map.of());
    }

    /** Where the value in {@code language} (a key of {@link #byLanguage}) starts. */
    public SourcePosition positionOf(String language) {
        return valueAt.getOrDefault(language, at);
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

    /** True when the writer gave this text a value of its own in {@code language}; a plain string has none. */
    public boolean hasValueIn(String language) {
        return byLanguage.containsKey(language);
    }

    /**
     * True when there is something to translate: some value has a letter (a number, or a symbol such as %, reads the
     * same in every language).
     */
    public boolean translatable() {
        return byLanguage.values().stream().anyMatch(v -> v.codePoints().anyMatch(Character::isLetter));
    }

    /** The plain value or the first one written. */
    @Override
    public String toString() {
        return in(ANY);
    }
}
