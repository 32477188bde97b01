package org.strategypress.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The site's search index, {@code search-index.js}: every entity (id, kind, title, a snippet of its text, its
 * page) and every heading of the chapters (h1 to h3, with the text under it). It is a script that assigns a JSON
 * array to {@code window.PRESS_SEARCH_INDEX}, because a page opened from disk (file://) may load a script but
 * may not fetch() a JSON file beside it. Entries are read from the finished pages, so they show what the reader sees.
 */
final class SearchIndex {

    /** The kind of a module page, whose sections are indexed (every other kind is an entity's). */
    static final String MODULE = "module";

    /** The global the index is assigned to; search.js reads it. */
    static final String GLOBAL = "PRESS_SEARCH_INDEX";

    private static final int SNIPPET = 280;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One thing a reader can find: an entity ({@code id} set) or a chapter section ({@code kind} "section"). */
    record Entry(String id, String kind, String label, String title, String text, String href) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds entries in the order the index lists them. */
    void addAll(List<Entry> more) {
        entries.addAll(more);
    }

    /**
     * What one finished page gives the index, read as soon as it is rendered so that the page's document need not
     * be kept (at x50, keeping every page until the index was built held gigabytes): the sections of a module page
     * ({@code kind} "module"), else the entity the page is about.
     */
    static List<Entry> entriesOf(String kind, String label, String href, Document page) {
        List<Entry> out = new ArrayList<>();
        if (MODULE.equals(kind)) addSections(out, href, page);
        else addEntity(out, kind, label, href, page);
        return out;
    }

    /** The entity whose page this is: its id, title and text from the page's article. */
    private static void addEntity(List<Entry> entries, String kind, String label, String href, Document page) {
        Element article = page.selectFirst("main article");
        if (article == null) return;
        Element h1 = article.selectFirst("h1");
        String id = article.id();
        String title = h1 == null ? id : h1.text();
        if (title.startsWith(id + " ")) title = title.substring(id.length() + 1);
        StringBuilder text = new StringBuilder();
        for (Element e : article.select(".prose")) append(text, e.text());
        for (Element dt : article.select("dl.facts > dt")) {
            Element dd = dt.nextElementSibling();
            if (dd != null && dd.is("dd")) append(text, dt.text() + ": " + dd.text() + ";");
        }
        if (text.length() == 0) {
            Element copy = article.clone();
            copy.select("h1, p.kind").remove();
            append(text, copy.text());
        }
        entries.add(new Entry(id, kind, label, title, snippet(text), href));
    }

    /** Parsed once: jsoup parses a selector string on every call. */
    private static final org.jsoup.select.Evaluator P_OR_LI = org.jsoup.select.QueryParser.parse("p, li");

    /** Every h1 to h3 of a module page with the text under it, up to the next one. */
    private static void addSections(List<Entry> entries, String href, Document page) {
        Element module = page.selectFirst("section.module");
        if (module == null) return;
        Element h1 = module.selectFirst("h1");
        String label = "Module " + module.attr("data-number") + (h1 == null ? "" : ": " + headingText(h1));
        String title = null;
        String anchor = null;
        StringBuilder text = new StringBuilder();
        for (Element e : module.getAllElements()) {
            String tag = e.normalName();
            if ((tag.equals("h1") || tag.equals("h2") || tag.equals("h3")) && e.hasAttr("id")) {
                if (title != null) entries.add(new Entry("", "section", label, title, snippet(text), href + "#" + anchor));
                title = headingText(e);
                anchor = e.id();
                text.setLength(0);
            } else if (title != null && text.length() < SNIPPET && (tag.equals("p") || (tag.equals("li") && e.selectFirst(P_OR_LI) == null))) {
                append(text, e.text());
            }
        }
        if (title != null) entries.add(new Entry("", "section", label, title, snippet(text), href + "#" + anchor));
    }

    private static String headingText(Element h) {
        Element copy = h.clone();
        copy.select(".secnum").remove();
        return copy.text();
    }

    private static void append(StringBuilder b, String s) {
        if (s.isBlank()) return;
        if (b.length() > 0) b.append(' ');
        b.append(s.strip());
    }

    private static String snippet(CharSequence text) {
        String s = text.toString();
        if (s.length() <= SNIPPET) return s;
        int cut = s.lastIndexOf(' ', SNIPPET);
        return s.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET) + " …";
    }

    /** Writes the index as a script that assigns the entries to {@link #GLOBAL}. */
    void write(OutputFolder out, String file) throws IOException {
        String json;
        try {
            json = JSON.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IOException("cannot write the search index: " + e.getMessage(), e);
        }
        // U+2028 and U+2029 are legal in JSON, but not in older JavaScript string literals
        json = json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        out.write(file, "window." + GLOBAL + " = " + json + ";\n");
    }
}
