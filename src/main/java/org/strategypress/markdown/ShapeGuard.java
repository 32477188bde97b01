package org.strategypress.markdown;

/**
 * Refuses, before the parser sees them, the two shapes of Markdown that still cost flexmark more than linear
 * time or stack after {@link SafeMarkdown}: square brackets nested deeper than any link needs (each closing
 * bracket re-reads the text back to its opener, so 150,000 nested pairs took a minute), and a {@code <} followed
 * by more letters than any tag name has (the HTML block expression reads a name prefix one recursion per letter).
 * Neither occurs in prose; both come from generated or damaged files.
 */
final class ShapeGuard {

    /** Deepest nesting of '[' accepted in one paragraph ({@code [[ID]]} is 2). */
    static final int MAX_BRACKETS = 64;
    /** Longest run of name characters accepted after '<' or '</'. */
    static final int MAX_TAG_NAME = 256;

    /** What is wrong and where (1-based line and column), or null when the text has neither shape. */
    record Problem(int line, int column, String message) {
    }

    private ShapeGuard() {
    }

    static Problem check(String md) {
        int line = 1;
        int lineStart = 0;
        int depth = 0;
        boolean blank = true;
        int n = md.length();
        for (int i = 0; i < n; i++) {
            char c = md.charAt(i);
            if (c == '\n') {
                if (blank) depth = 0; // a blank line ends the paragraph, and any bracket left open in it
                line++;
                lineStart = i + 1;
                blank = true;
                continue;
            }
            if (c != ' ' && c != '\t' && c != '\r') blank = false;
            if (c == '\\' && i + 1 < n && md.charAt(i + 1) != '\n') {
                i++; // an escaped character opens nothing
                continue;
            }
            if (c == '[' && ++depth > MAX_BRACKETS)
                return new Problem(line, i - lineStart + 1, "square brackets nested more than " + MAX_BRACKETS
                        + " deep: the chapter is shown as plain text; close them, or write \\[ for a bracket meant as text");
            if (c == ']' && depth > 0) depth--;
            if (c == '<') {
                int j = i + 1;
                if (j < n && md.charAt(j) == '/') j++;
                int start = j;
                while (j < n && nameChar(md.charAt(j)) && j - start <= MAX_TAG_NAME) j++;
                if (j - start > MAX_TAG_NAME)
                    return new Problem(line, i - lineStart + 1, "'<' followed by more than " + MAX_TAG_NAME
                            + " letters, which no HTML tag has: the chapter is shown as plain text; write &lt; or put a space after '<'");
            }
        }
        return null;
    }

    /** The characters flexmark's XML name expression repeats (over-approximated: letters and digits of any script). */
    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '\u00b7'
                || c >= '\u0300' && c <= '\u036f' || c == '\u203f' || c == '\u2040' || c == '\u200c' || c == '\u200d';
    }
}
