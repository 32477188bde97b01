package org.strategypress.markdown;

/**
 * Refuses Markdown nested deeper than a reader could follow (block quotes, lists), before the parser sees
 * it: flexmark walks nesting recursively, and 20,000 levels would overflow the stack.
 */
final class NestingGuard {

    /** Deepest nesting of block quotes and lists accepted. */
    static final int MAX_DEPTH = 48;

    private NestingGuard() {
    }

    /** The 1-based line of the first line nested too deep, or 0. */
    static int tooDeepAt(String markdown) {
        int line = 1;
        int start = 0;
        int n = markdown.length();
        while (start <= n) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) end = n;
            if (depth(markdown, start, end) > MAX_DEPTH) return line;
            line++;
            start = end + 1;
        }
        return 0;
    }

    /** Markers (> - * + 1.) and indentation steps at the start of one line. */
    private static int depth(String s, int from, int to) {
        int depth = 0;
        int spaces = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == ' ') {
                spaces++;
                i++;
            } else if (c == '\t') {
                spaces += 4;
                i++;
            } else if (c == '>') {
                depth++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < to && s.charAt(i + 1) == ' ') {
                depth++;
                i += 2;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < to && j - i < 9 && Character.isDigit(s.charAt(j))) j++;
                if (j < to && (s.charAt(j) == '.' || s.charAt(j) == ')') && j + 1 < to && s.charAt(j + 1) == ' ') {
                    depth++;
                    i = j + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return depth + spaces / 2;
    }
}
