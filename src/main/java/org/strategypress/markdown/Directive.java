package org.strategypress.markdown;

import java.util.Map;

/** A directive line {@code {{name key=VALUE ...}}} that places a generated block. */
public record Directive(String name, Map<String, String> args) {

    public Directive {
        args = Map.copyOf(args);
    }

    /**
     * The directive on this paragraph text, or null if it is not one: {@code {{NAME KEY=VALUE ...}}}, NAME and
     * KEY in lower case, VALUE with no space or '}'. Read by hand, not by a regular expression: one that
     * repeats the arguments recursed once per argument on a long line.
     */
    public static Directive parse(String paragraph) {
        String s = paragraph.trim();
        if (s.length() < 4 || !s.startsWith("{{") || !s.endsWith("}}")) return null;
        String inner = s.substring(2, s.length() - 2);
        if (inner.indexOf('}') >= 0) return null;
        int i = skipSpace(inner, 0);
        int nameStart = i;
        if (i >= inner.length() || !lower(inner.charAt(i))) return null;
        while (i < inner.length() && (lower(inner.charAt(i)) || digit(inner.charAt(i)) || inner.charAt(i) == '-')) i++;
        String name = inner.substring(nameStart, i);
        Map<String, String> args = new java.util.LinkedHashMap<>();
        while (true) {
            int ws = skipSpace(inner, i);
            if (ws == inner.length()) break;
            if (ws == i) return null; // something glued to the name or to a value
            int keyStart = ws;
            int k = ws;
            while (k < inner.length() && (lower(inner.charAt(k)) || inner.charAt(k) == '_')) k++;
            if (k == keyStart || k >= inner.length() || inner.charAt(k) != '=') return null;
            int v = k + 1;
            int valueStart = v;
            while (v < inner.length() && !space(inner.charAt(v))) v++;
            if (v == valueStart) return null;
            args.put(inner.substring(keyStart, k), inner.substring(valueStart, v));
            i = v;
        }
        return new Directive(name, args);
    }

    /** True when the text is shaped like a directive, even a malformed one: one line from {{ to }}. */
    public static boolean looksLikeOne(String paragraph) {
        String s = paragraph.trim();
        if (s.length() < 4 || !s.startsWith("{{") || !s.endsWith("}}")) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return false;
        }
        return true;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && space(s.charAt(i))) i++;
        return i;
    }

    /** java.util.regex's {@code \\s}. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    public String arg(String key) {
        return args.get(key);
    }
}
