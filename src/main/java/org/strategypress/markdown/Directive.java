package org.strategypress.markdown;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A directive line {@code {{name key=VALUE ...}}} that places a generated block. */
public record Directive(String name, Map<String, String> args) {

    private static final Pattern LINE = Pattern.compile("^\\{\\{\\s*([a-z][a-z0-9-]*)((?:\\s+[a-z_]+=[^\\s}]+)*)\\s*}}$");
    private static final Pattern ARG = Pattern.compile("([a-z_]+)=([^\\s}]+)");
    /** Anything that looks like a directive, to report malformed ones. */
    private static final Pattern LOOKS_LIKE = Pattern.compile("^\\{\\{.*}}$");

    public Directive {
        args = Map.copyOf(args);
    }

    /** The directive on this paragraph text, or null if it is not one. */
    public static Directive parse(String paragraph) {
        Matcher m = LINE.matcher(paragraph.trim());
        if (!m.matches()) return null;
        Map<String, String> args = new java.util.LinkedHashMap<>();
        Matcher a = ARG.matcher(m.group(2));
        while (a.find()) args.put(a.group(1), a.group(2));
        return new Directive(m.group(1), args);
    }

    /** True when the text is shaped like a directive, even a malformed one. */
    public static boolean looksLikeOne(String paragraph) {
        return LOOKS_LIKE.matcher(paragraph.trim()).matches();
    }

    public String arg(String key) {
        return args.get(key);
    }
}
