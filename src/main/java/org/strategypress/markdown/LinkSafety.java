package org.strategypress.markdown;

import java.util.Locale;

/** Decides whether a link written in Markdown may appear in the output. */
public final class LinkSafety {

    private LinkSafety() {
    }

    /** True for http, https, mailto, fragments and relative links; false for javascript:, data:, vbscript:, file: and others. */
    public static boolean isSafe(String href) {
        String s = normalise(href);
        int colon = s.indexOf(':');
        if (colon < 0) return true;
        int slash = s.indexOf('/');
        int hash = s.indexOf('#');
        int q = s.indexOf('?');
        if ((slash >= 0 && slash < colon) || (hash >= 0 && hash < colon) || (q >= 0 && q < colon)) return true;
        String scheme = s.substring(0, colon);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    /** True when the link names a scheme (an absolute URL), as opposed to a path in the content. */
    public static boolean isAbsolute(String href) {
        String s = normalise(href);
        return s.matches("^[a-z][a-z0-9+.-]*:.*") || s.startsWith("//");
    }

    /** Lower case, HTML entities and percent-escapes of the scheme decoded, control characters and blanks removed. */
    static String normalise(String href) {
        String s = org.jsoup.parser.Parser.unescapeEntities(href == null ? "" : href, false);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == 0x7f) continue;
            b.append(c);
        }
        String out = b.toString().toLowerCase(Locale.ROOT);
        try {
            int colon = out.indexOf(':');
            if (colon < 0 && out.contains("%")) out = java.net.URLDecoder.decode(out, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return out;
        }
        return out;
    }
}
