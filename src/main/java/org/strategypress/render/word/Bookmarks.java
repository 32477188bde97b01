package org.strategypress.render.word;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.strategypress.render.word.WordBlocks.BookmarkEnd;
import org.strategypress.render.word.WordBlocks.BookmarkStart;
import org.strategypress.render.word.WordBlocks.Para;

/**
 * The Word copy's bookmarks. Names for the print document's ids: letters, digits and '_' only, starting with a letter,
 * at most 40 characters (Word drops other names). The same id always gets the same name; {@code p-3-2-4} becomes
 * {@code p_3_2_4}, {@code KPI-GRADUATES} {@code KPI_GRADUATES}. It remembers which names were written, so that a link
 * to an id that got no bookmark can lose its target ({@link #written()}).
 */
final class Bookmarks {

    private static final int MAX = 40;
    private final Map<String, String> names = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private final Set<String> written = new HashSet<>();
    private long next = 0;

    /** The bookmark name of {@code id}. */
    String name(String id) {
        return names.computeIfAbsent(id, this::fresh);
    }

    /** Runs {@code content} inside a bookmark of {@code p} named after {@code id} (nothing when the id is empty). */
    void around(Para p, String id, Runnable content) {
        if (id == null || id.isEmpty()) {
            content.run();
            return;
        }
        long bid = next++; // Word numbers bookmarks itself; only uniqueness matters
        String name = name(id);
        p.items.add(new BookmarkStart(bid, name));
        written.add(name);
        content.run();
        p.items.add(new BookmarkEnd(bid));
    }

    /** The names of the bookmarks written: a link to any other keeps its text only. */
    Set<String> written() {
        return written;
    }

    private String fresh(String id) {
        String base = id.replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) base = "b_" + base;
        if (base.length() > MAX) base = base.substring(0, MAX - 9) + "_" + Integer.toHexString(id.hashCode());
        String name = base;
        for (int i = 2; !used.add(name); i++) name = base.substring(0, Math.min(base.length(), MAX - 4)) + "_" + i;
        return name;
    }
}
