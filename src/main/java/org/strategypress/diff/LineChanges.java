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
        int[] t = trim(before, after);
        List<String> a = before.subList(t[0], t[1]);
        List<String> b = after.subList(t[0], t[2]);
        int common = (long) a.size() * b.size() > EXACT_LIMIT ? commonByCount(a, b) : lcs(a, b);
        return new int[] {b.size() - common, a.size() - common};
    }

    /** Above this many cells the changed lines are found by line multisets instead of an exact subsequence. */
    private static final long BACKTRACK_LIMIT = 1_000_000L;

    /**
     * The 0-based indexes of the lines of {@code after} that are new or changed, and of the line following each
     * place where lines were only removed: where a change bar belongs. Blank lines added or moved are not changes.
     */
    static List<Integer> changedLines(List<String> before, List<String> after) {
        int[] t = trim(before, after);
        int start = t[0];
        List<String> a = before.subList(start, t[1]);
        List<String> b = after.subList(start, t[2]);
        List<Integer> out = new ArrayList<>();
        if (b.isEmpty()) {
            if (!a.isEmpty()) out.add(Math.min(start, Math.max(0, after.size() - 1)));
            return out;
        }
        if ((long) a.size() * b.size() > BACKTRACK_LIMIT) {
            List<String> rest = new ArrayList<>(a);
            for (int j = 0; j < b.size(); j++) if (!rest.remove(b.get(j)) && !b.get(j).isBlank()) out.add(start + j);
            return out;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--)
            for (int j = b.size() - 1; j >= 0; j--)
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        int i = 0;
        int j = 0;
        boolean removed = false;
        while (j < b.size()) {
            if (i < a.size() && a.get(i).equals(b.get(j))) {
                if (removed) out.add(start + j);
                removed = false;
                i++;
                j++;
            } else if (i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1]) {
                removed = true;
                i++;
            } else {
                out.add(start + j);
                removed = false;
                j++;
            }
        }
        if (i < a.size() && !out.contains(start + b.size() - 1)) out.add(start + b.size() - 1);
        return out.stream().distinct().filter(k -> !after.get(k).isBlank()).sorted().toList();
    }

    /** {start, endA, endB}: the lines before {@code start} and from the ends on are the same in both. */
    private static int[] trim(List<String> before, List<String> after) {
        int start = 0;
        int endA = before.size();
        int endB = after.size();
        while (start < endA && start < endB && before.get(start).equals(after.get(start))) start++;
        while (endA > start && endB > start && before.get(endA - 1).equals(after.get(endB - 1))) {
            endA--;
            endB--;
        }
        return new int[] {start, endA, endB};
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
