package org.strategypress.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How two texts differ, summarised: lines added and removed (by longest common subsequence), and headings. */
final class LineChanges {

    /** Above this many cells the count uses line multisets instead of an exact subsequence. */
    private static final long EXACT_LIMIT = 4_000_000L;

    private LineChanges() {
    }

    /** {added, removed} lines from {@code before} to {@code after}. */
    static int[] count(List<String> before, List<String> after) {
        int start = 0;
        int endA = before.size();
        int endB = after.size();
        while (start < endA && start < endB && before.get(start).equals(after.get(start))) start++;
        while (endA > start && endB > start && before.get(endA - 1).equals(after.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<String> a = before.subList(start, endA);
        List<String> b = after.subList(start, endB);
        int common = (long) a.size() * b.size() > EXACT_LIMIT ? commonByCount(a, b) : lcs(a, b);
        return new int[] {b.size() - common, a.size() - common};
    }

    private static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++)
                cur[j] = x.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }

    private static int commonByCount(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        for (String x : a) counts.merge(x, 1, Integer::sum);
        int common = 0;
        for (String y : b) {
            Integer n = counts.get(y);
            if (n != null && n > 0) {
                common++;
                counts.put(y, n - 1);
            }
        }
        return common;
    }

    /** The ATX headings of Markdown text ({@code ## Title}), outside fenced code blocks, as "## Title". */
    static List<String> headings(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        for (String line : lines) {
            String t = line.stripLeading();
            if (t.startsWith("```") || t.startsWith("~~~")) fenced = !fenced;
            if (fenced) continue;
            String h = heading(line);
            if (h != null) out.add(h);
        }
        return out;
    }

    /**
     * An ATX heading line as "## Title", or null: up to 3 spaces, 1 to 6 '#', white space, the title, and any
     * closing '#'s and spaces. Read by hand: the expression {@code ^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$} took time
     * quadratic in the length of a line of spaces.
     */
    static String heading(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && i < 3 && line.charAt(i) == ' ') i++;
        int hashes = i;
        while (i < n && line.charAt(i) == '#') i++;
        int level = i - hashes;
        if (level < 1 || level > 6 || i >= n || !space(line.charAt(i))) return null;
        while (i < n && space(line.charAt(i))) i++;
        int end = n;
        while (end > i && space(line.charAt(end - 1))) end--;
        while (end > i && line.charAt(end - 1) == '#') end--;
        while (end > i && space(line.charAt(end - 1))) end--;
        String title = line.substring(i, end);
        for (int k = 0; k < title.length(); k++) {
            char c = title.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return null; // '.' stops there
        }
        return line.substring(hashes, hashes + level) + " " + title;
    }

    /** java.util.regex's {@code \s}. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The items of {@code a} not in {@code b}, counting repeats. */
    static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(b);
        List<String> out = new ArrayList<>();
        for (String x : a) if (!rest.remove(x)) out.add(x);
        return out;
    }
}
