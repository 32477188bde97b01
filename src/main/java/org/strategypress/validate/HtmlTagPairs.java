package org.strategypress.validate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.strategypress.markdown.MarkdownRef;

/**
 * The raw-HTML tags of one text that pair up: {@code <b onclick="x">bold</b>} is one piece of HTML to rewrite in
 * Markdown, though the parser gives its two tags apart. Each opening tag is paired with the first closing tag of the
 * same name after it, in the same paragraph (no blank line between them), that no later opening tag took; tags
 * paragraphs apart are two mistakes, each reported where it is.
 */
final class HtmlTagPairs {

    private static final Pattern OPEN = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)(?:\\s[^<>]*)?>");
    private static final Pattern CLOSE = Pattern.compile("</([A-Za-z][A-Za-z0-9-]*)\\s*>");

    private HtmlTagPairs() {
    }

    /** Each opening tag of {@code refs} (found in {@code markdown}) closed later in its paragraph, with its closing tag. */
    static Map<MarkdownRef, MarkdownRef> of(List<MarkdownRef> refs, String markdown) {
        Map<MarkdownRef, MarkdownRef> pairs = new IdentityHashMap<>();
        Deque<MarkdownRef> open = new ArrayDeque<>();
        for (MarkdownRef r : refs) {
            if (r.type() != MarkdownRef.Type.RAW_HTML) continue;
            String tag = r.target();
            if (OPEN.matcher(tag).matches() && !tag.endsWith("/>")) {
                open.push(r);
                continue;
            }
            Matcher close = CLOSE.matcher(tag);
            if (!close.matches()) continue;
            for (Iterator<MarkdownRef> i = open.iterator(); i.hasNext(); ) {
                MarkdownRef o = i.next();
                if (name(o.target()).equalsIgnoreCase(close.group(1)) && oneParagraph(markdown, o.line(), r.line())) {
                    pairs.put(o, r);
                    i.remove();
                    break;
                }
            }
        }
        return pairs;
    }

    /** True when no blank line lies between 1-based lines {@code from} and {@code to} of the text. */
    private static boolean oneParagraph(String markdown, int from, int to) {
        if (from == to) return true;
        int line = 1;
        int start = 0;
        while (line < to && start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) end = markdown.length();
            if (line > from && markdown.substring(start, end).isBlank()) return false;
            start = end + 1;
            line++;
        }
        return true;
    }

    private static String name(String openingTag) {
        Matcher m = OPEN.matcher(openingTag);
        return m.matches() ? m.group(1) : "";
    }
}
