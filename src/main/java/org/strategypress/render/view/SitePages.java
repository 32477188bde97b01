package org.strategypress.render.view;

import java.util.Locale;
import java.util.Set;

/** File names of the site's pages. */
public final class SitePages {

    private static final Set<String> RESERVED = Set.of("index", "search", "kpis", "targets", "stakeholders", "changes");

    private SitePages() {
    }

    /** The page of an entity: its id, unless that would clash with a page of the site on a case-insensitive disk. */
    public static String entityPage(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        if (RESERVED.contains(lower) || lower.startsWith("module-") || lower.startsWith("pillar-")) return "entity-" + id + ".html";
        return id + ".html";
    }
}
