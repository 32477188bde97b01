package org.strategypress.render.view;

import java.util.Locale;
import java.util.Set;

/** File names of the site's pages. */
public final class SitePages {

    /** The KPI explorer. */
    public static final String KPIS = "kpis.html";
    /** The gaps × initiatives matrix. */
    public static final String TRACE_GAPS = "trace-gaps.html";
    /** The KPIs × national targets matrix. */
    public static final String TRACE_KPIS = "trace-kpis.html";
    /** The full list of search results for {@code ?q=}. */
    public static final String SEARCH = "search.html";
    /** The search index: a script assigning every entity and chapter section to a global, so it works from file://. */
    public static final String SEARCH_INDEX = "search-index.js";

    private static final Set<String> RESERVED = Set.of("index", "search", "search-index", "kpis", "targets",
            "stakeholders", "changes", "acronyms", "glossary", "references");

    private SitePages() {
    }

    /** The page of an entity: its id, unless that would clash with a page of the site on a case-insensitive disk. */
    public static String entityPage(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        if (RESERVED.contains(lower) || lower.startsWith("module-") || lower.startsWith("pillar-")
                || lower.startsWith("trace-") || lower.startsWith("front-") || lower.startsWith("annex-")) return "entity-" + id + ".html";
        return id + ".html";
    }
}
