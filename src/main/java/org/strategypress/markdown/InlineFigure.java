package org.strategypress.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * An inline {@code {{figure NAME}}} in running text: a number computed from the data (see {@code key-figures} in
 * the authoring guide), written where the prose quotes it so that it cannot drift from the body.
 *
 * @param name  the figure's name, such as {@code kpis}
 * @param start offset of the opening braces in the text
 * @param end   offset just after the closing braces
 */
public record InlineFigure(String name, int start, int end) {

    private static final String OPEN = "{{figure ";

    /** Every inline figure of a text, in order (scanned, not matched by a regular expression). */
    public static List<InlineFigure> findAll(String text) {
        List<InlineFigure> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int i = text.indexOf(OPEN, from);
            if (i < 0) return out;
            int close = text.indexOf("}}", i);
            if (close < 0) return out;
            String name = text.substring(i + OPEN.length(), close).trim();
            if (isName(name)) out.add(new InlineFigure(name, i, close + 2));
            from = close + 2;
        }
    }

    private static boolean isName(String s) {
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) return false;
        for (char c : s.toCharArray()) if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') return false;
        return true;
    }
}
