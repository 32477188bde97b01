package org.strategypress.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.strategypress.render.html.TemplateReads;

/**
 * The finished pages of the last site build, for the next build by the same pipeline (the preview server's
 * rebuilds): a page whose template wrote the same HTML as last time, under the same finishing context (the
 * acronyms, the language, the page's search-index kind), is finished the same way, so the parse, the finishers
 * (section numbers, paragraph anchors, abbreviations, untranslated marks), the serialisation and the search-index
 * entries are taken from the last build instead of being made again. A page whose template read nothing that changed
 * since (its {@link TemplateReads} still hold) is not even rendered. Only the pages of the latest build are kept.
 * Thread-safe: pages are finished in parallel.
 */
public final class PageCache {

    /**
     * A finished page: what its template wrote, under which context, what came of it (as the UTF-8 bytes written),
     * and what the template read (null when its reads cannot be replayed: the page's template is then run at every
     * build).
     */
    record Finished(String rendered, Object context, byte[] html, List<SearchIndex.Entry> entries, TemplateReads reads) {
        /** The same page, as a rendering that read {@code r} wrote it. */
        Finished withReads(TemplateReads r) {
            return new Finished(rendered, context, html, entries, r);
        }
    }

    private volatile Map<String, Finished> last = Map.of();
    private final Map<String, Finished> current = new ConcurrentHashMap<>();

    /** The finished page {@code key} of the last build, if its template wrote {@code rendered} under {@code context}. */
    Finished lookup(String key, String rendered, Object context) {
        Finished f = last.get(key);
        return f != null && f.rendered().equals(rendered) && f.context().equals(context) ? f : null;
    }

    /** The finished page {@code key} of the last build, if there was one. */
    Finished previous(String key) {
        return last.get(key);
    }

    /** Records a page of the build under way. */
    void put(String key, Finished page) {
        current.put(key, page);
    }

    /** Ends a site build: its pages become the ones the next build compares with. */
    synchronized void endBuild() {
        last = Map.copyOf(current);
        current.clear();
    }
}
