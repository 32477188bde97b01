package org.strategypress.load.schema;

import java.util.List;
import java.util.Map;

/** Writes maps, lists, strings, numbers and booleans as indented JSON, keys in insertion order. */
final class JsonText {

    private JsonText() {
    }

    static String write(Object value) {
        StringBuilder b = new StringBuilder();
        value(b, value, "");
        return b.append('\n').toString();
    }

    private static void value(StringBuilder b, Object v, String indent) {
        if (v instanceof Map<?, ?> m) object(b, m, indent);
        else if (v instanceof List<?> l) array(b, l, indent);
        else if (v instanceof String s) string(b, s);
        else if (v instanceof Number || v instanceof Boolean) b.append(v);
        else throw new IllegalArgumentException("not a JSON value: " + v);
    }

    private static void object(StringBuilder b, Map<?, ?> m, String indent) {
        if (m.isEmpty()) {
            b.append("{}");
            return;
        }
        String inner = indent + "  ";
        b.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            b.append(inner);
            string(b, (String) e.getKey());
            b.append(": ");
            value(b, e.getValue(), inner);
            b.append(++i < m.size() ? ",\n" : "\n");
        }
        b.append(indent).append('}');
    }

    private static void array(StringBuilder b, List<?> l, String indent) {
        if (l.stream().allMatch(x -> x instanceof String || x instanceof Number)) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) b.append(", ");
                value(b, l.get(i), indent);
            }
            b.append(']');
            return;
        }
        String inner = indent + "  ";
        b.append("[\n");
        for (int i = 0; i < l.size(); i++) {
            b.append(inner);
            value(b, l.get(i), inner);
            b.append(i + 1 < l.size() ? ",\n" : "\n");
        }
        b.append(indent).append(']');
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }
}
