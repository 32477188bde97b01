package org.strategypress.generate;

import java.util.List;

/**
 * Writes the YAML a careful writer would: two-space indentation, text in double quotes, prose as folded
 * blocks wrapped near 100 columns, short lists and measures in flow style.
 */
final class YamlOut {

    private static final int WRAP = 100;

    private final StringBuilder b = new StringBuilder();

    YamlOut comment(String text) {
        b.append("# ").append(text).append('\n');
        return this;
    }

    /** A top-level key such as {@code kpis:}. */
    YamlOut kind(String name) {
        b.append(name).append(":\n");
        return this;
    }

    /** Starts a list entry at {@code depth} (0: under a top-level key) with its first field. */
    YamlOut item(int depth, String key, String rawValue) {
        b.append("  ".repeat(depth + 1)).append("- ").append(key).append(": ").append(rawValue).append('\n');
        return this;
    }

    /** A field of the entry at {@code depth}, its value written as given (a number, an id, a flow list). */
    YamlOut raw(int depth, String key, String rawValue) {
        b.append("  ".repeat(depth + 2)).append(key).append(": ").append(rawValue).append('\n');
        return this;
    }

    YamlOut text(int depth, String key, String value) {
        return raw(depth, key, quote(value));
    }

    /** A key that opens a nested list or mapping. */
    YamlOut open(int depth, String key) {
        b.append("  ".repeat(depth + 2)).append(key).append(":\n");
        return this;
    }

    /** A list of text, one item per line. */
    YamlOut texts(int depth, String key, List<String> values) {
        open(depth, key);
        for (String v : values) b.append("  ".repeat(depth + 3)).append("- ").append(quote(v)).append('\n');
        return this;
    }

    /** A list of flow mappings such as {@code {year: 2027, value: 68}}, one per line. */
    YamlOut flows(int depth, String key, List<String> values) {
        open(depth, key);
        for (String v : values) b.append("  ".repeat(depth + 3)).append("- ").append(v).append('\n');
        return this;
    }

    /** Markdown prose as a folded block ({@code >-}), wrapped at word boundaries. */
    YamlOut prose(int depth, String key, String markdown) {
        String indent = "  ".repeat(depth + 3);
        b.append("  ".repeat(depth + 2)).append(key).append(": >-\n");
        StringBuilder line = new StringBuilder();
        for (String w : markdown.split(" ")) {
            if (line.length() > 0 && indent.length() + line.length() + 1 + w.length() > WRAP) {
                b.append(indent).append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(w);
        }
        if (line.length() > 0) b.append(indent).append(line).append('\n');
        return this;
    }

    YamlOut blank() {
        b.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return b.toString();
    }

    /** A flow list of ids: {@code [A, B]}. */
    static String ids(List<String> ids) {
        return "[" + String.join(", ", ids) + "]";
    }

    /** {@code {value: V, year: Y}}. */
    static String measure(double value, int year) {
        return "{value: " + Prose.number(value) + ", year: " + year + "}";
    }

    /** A double-quoted YAML string. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
