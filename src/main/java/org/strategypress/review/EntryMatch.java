package org.strategypress.review;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which row of the apparatus a comment is on (a row of the document control or of the acronyms, the cover): of the
 * source map's entries in the comment's numbered block (or in none, before the first number), the one that holds the
 * most words of the comment's line, if one holds more than the others and at least half of them. The words of a
 * line, not the line itself: a table's cells wrap each on its own, so a printed line is seldom a row's text.
 */
final class EntryMatch {

    private EntryMatch() {
    }

    /** The entry {@code c} is on, if its line tells one. */
    static Optional<SourceMap.Entry> of(SourceMap map, ReviewComment c) {
        Set<String> words = words(c.line().isEmpty() ? c.quoted() : c.line());
        if (words.isEmpty()) return Optional.empty();
        SourceMap.Entry best = null;
        int bestScore = 0;
        boolean tie = false;
        for (SourceMap.Entry e : map.entries()) {
            if (!Objects.equals(e.number(), c.number()) || e.at().file() == null) continue;
            Set<String> in = words(e.text());
            int score = (int) words.stream().filter(in::contains).count();
            if (score > bestScore) {
                best = e;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) tie = true;
        }
        return best != null && !tie && 2 * bestScore >= words.size() ? Optional.of(best) : Optional.empty();
    }

    /** The words of a text, lower case, without the punctuation around them. */
    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.\\-]+"))) {
            String t = w.replaceAll("^[.\\-]+|[.\\-]+$", "");
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }
}
