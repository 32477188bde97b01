package org.strategypress.i18n;

import java.util.function.BiConsumer;

import freemarker.core.HTMLOutputFormat;

/**
 * Arguments that must not be treated as text (CSS such as {@code counter(page)}, HTML markup such as a link)
 * travel through the message formatter wrapped in two private-use characters, which no bundle has reason to
 * contain; afterwards the formatted message is cut at them: the message's own words are quoted (as CSS strings)
 * or escaped (as HTML), the marked arguments are put back as they were given.
 */
final class MarkedArguments {

    private static final char START = '\uE000';
    private static final char END = '\uE001';

    private MarkedArguments() {
    }

    /** An argument marked to be left as it is. */
    static String mark(String raw) {
        if (raw.indexOf(START) >= 0 || raw.indexOf(END) >= 0)
            throw new IllegalArgumentException("an argument holds U+E000 or U+E001");
        return START + raw + END;
    }

    /** A CSS argument: checked to be a content value that cannot end the rule or the style element. */
    static String markCss(String css) {
        if (css.indexOf('<') >= 0 || css.indexOf(';') >= 0 || css.indexOf('}') >= 0 || css.indexOf('{') >= 0)
            throw new IllegalArgumentException("not a CSS content value: " + css);
        return mark(css);
    }

    /** {@code page \uE000counter(page)\uE001} as the CSS content value {@code "page " counter(page)}. */
    static String toCss(String formatted) {
        StringBuilder out = new StringBuilder();
        split(formatted, (text, marked) -> {
            if (out.length() > 0) out.append(' ');
            if (marked) out.append(text);
            else quoteCss(text, out);
        });
        return out.length() == 0 ? "\"\"" : out.toString();
    }

    /** The message as HTML: its words escaped, the marked arguments as the markup they are. */
    static String toHtml(String formatted) {
        StringBuilder out = new StringBuilder();
        split(formatted, (text, marked) -> out.append(marked ? text : escapeHtml(text)));
        return out.toString();
    }

    private static String escapeHtml(String text) {
        return HTMLOutputFormat.INSTANCE.escapePlainText(text);
    }

    private static void split(String formatted, BiConsumer<String, Boolean> part) {
        int i = 0;
        while (i < formatted.length()) {
            int start = formatted.indexOf(START, i);
            if (start < 0) start = formatted.length();
            if (start > i) part.accept(formatted.substring(i, start), false);
            if (start == formatted.length()) break;
            int end = formatted.indexOf(END, start);
            part.accept(formatted.substring(start + 1, end), true);
            i = end + 1;
        }
    }

    private static void quoteCss(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\3c ");
                default -> {
                    if (c < 0x20 || c == 0x7f) out.append('\\').append(Integer.toHexString(c)).append(' ');
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
