package org.strategypress.render.word;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word bookmark names for the print document's ids: letters, digits and '_' only, starting with a letter, at most
 * 40 characters (Word drops other names). The same id always gets the same name; {@code p-3-2-4} becomes
 * {@code p_3_2_4}, {@code KPI-GRADUATES} {@code KPI_GRADUATES}.
 */
final class Bookmarks {

    private static final int MAX = 40;
    private final Map<String, String> names = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private long next = 0;

    /** The bookmark name of {@code id}. */
    String name(String id) {
        return names.computeIfAbsent(id, this::fresh);
    }

    /** The next free bookmark id (Word numbers bookmarks itself; only uniqueness matters). */
    BigInteger nextId() {
        return BigInteger.valueOf(next++);
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
