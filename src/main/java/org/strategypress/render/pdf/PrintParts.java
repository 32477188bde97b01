package org.strategypress.render.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * The finished print HTML cut into documents the engine lays out one at a time: a front part (cover,
 * contents, lists of tables and figures) and body parts, each holding whole modules or, for a module
 * larger than a part, pieces of it cut between chapters or blocks (never right after a heading). A piece
 * starts on a new page, as a module does. Every part has the same head and the same running elements
 * (title, meta line, draft mark); each module piece repeats its module's running header.
 *
 * <p>Links to an id in another part are rewritten to {@link #CROSS_PART}{@code id}, for the joiner to turn
 * into a jump to the right page. Every id some link or the outline points at gets a bookmark named after it,
 * so the joiner can read from each part's outline where the id landed.
 */
final class PrintParts {

    /** Prefix of a link to an anchor in another part; never fetched (links are not resources). */
    static final String CROSS_PART = "https://press.invalid/#";

    /**
     * Added to every part's head: the engine's page counter counts within a part, so the footer's
     * "page X of Y" is left out (the joiner stamps it) and the contents take their numbers from
     * {@code data-page}, written by {@link #numberContents}.
     */
    static final String PART_CSS = "@page { @bottom-right { content: none; } }\n"
            + "nav.toc a::after, nav.lot a::after, nav.lof a::after { content: leader('.') attr(data-page); }";

    /** One part: a name for messages, and its HTML document. */
    record Part(String name, Document doc) {
        String html() {
            return "<!DOCTYPE html>\n" + doc.outerHtml();
        }
    }

    /** One outline entry, from the {@code <bookmarks>} the finisher wrote (h1-h3 of the modules). */
    record OutlineEntry(String title, String id, List<OutlineEntry> children) {}

    /** The footer's words in the document's language, {0} the page and {1} the pages; English when the template gives none. */
    static final String PAGE_LABEL = "page {0} of {1}";

    private final Part front;
    /** The body parts until {@link #takeBody()}. */
    private List<Part> body;
    private final List<OutlineEntry> outline;
    private final String pageLabel;

    private PrintParts(Part front, List<Part> body, List<OutlineEntry> outline, String pageLabel) {
        this.front = front;
        this.body = List.copyOf(body);
        this.outline = List.copyOf(outline);
        this.pageLabel = pageLabel;
    }

    /**
     * The footer "page X of Y" as the document's template words it ({@code data-page-label} on its html element,
     * {0} the page, {1} the pages), or {@link #PAGE_LABEL} for a template that does not say.
     */
    String pageLabel() {
        return pageLabel;
    }

    Part front() {
        return front;
    }

    /**
     * The body parts, which this then no longer holds: whoever renders them lets each part's document go as soon as
     * it is rendered (together they are the whole print document, some 700,000 jsoup elements per language at x50).
     */
    List<Part> takeBody() {
        List<Part> taken = body;
        body = List.of();
        return taken;
    }

    List<OutlineEntry> outline() {
        return outline;
    }

    /** Cuts {@code html} (the print document after DocumentFinisher) into parts of about {@code partChars}. */
    static PrintParts split(String html, int partChars) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().settings(new ParseSettings(false, true)));
        Element bookmarks = doc.body().selectFirst("> bookmarks");
        List<OutlineEntry> outline = bookmarks == null ? List.of() : outline(bookmarks);
        if (bookmarks != null) bookmarks.remove();
        List<Element> running = new ArrayList<>();
        List<Node> frontContent = new ArrayList<>();
        List<Element> pieces = new ArrayList<>();
        for (Element child : new ArrayList<>(doc.body().children())) {
            if (child.is("section.module")) pieces.addAll(new Cutter(partChars, child.selectFirst("> div.running-module")).cut(child));
            else if (child.is("section.cover, section.document-control, nav")) frontContent.add(child);
            else running.add(child);
        }
        List<Part> parts = new ArrayList<>();
        parts.add(part("front", doc, running, frontContent));
        List<Node> pack = new ArrayList<>();
        int size = 0;
        for (Element piece : pieces) {
            int n = piece.outerHtml().length();
            if (!pack.isEmpty() && size + n > partChars) {
                parts.add(part("part-" + parts.size(), doc, running, pack));
                pack = new ArrayList<>();
                size = 0;
            }
            pack.add(piece);
            size += n;
        }
        if (!pack.isEmpty()) parts.add(part("part-" + parts.size(), doc, running, pack));
        linkAcrossParts(parts, outline);
        Element root = doc.selectFirst("html");
        String label = root == null ? "" : root.attr("data-page-label");
        return new PrintParts(parts.get(0), parts.subList(1, parts.size()), outline,
                label.contains("{0}") && label.contains("{1}") ? label : PAGE_LABEL);
    }

    /** A complete document: the original html element and head, the running elements, then {@code content}. */
    private static Part part(String name, Document original, List<Element> running, List<Node> content) {
        Document d = new Document("");
        d.outputSettings().prettyPrint(false);
        Element root = original.selectFirst("html").shallowClone();
        d.appendChild(root);
        root.appendChild(original.head().clone());
        root.selectFirst("head").appendElement("style").text(PART_CSS);
        Element body = root.appendElement("body");
        for (Element r : running) body.appendChild(r.clone());
        for (Node n : content) body.appendChild(n);
        return new Part(name, d);
    }

    /** Rewrites links whose target lies in another part, and bookmarks every id a link or the outline targets. */
    private static void linkAcrossParts(List<Part> parts, List<OutlineEntry> outline) {
        Map<String, Integer> partOf = new HashMap<>();
        for (int i = 0; i < parts.size(); i++)
            for (Element e : parts.get(i).doc().select("[id]")) partOf.putIfAbsent(e.id(), i);
        Set<String> targets = new LinkedHashSet<>();
        collectIds(outline, targets);
        for (int i = 0; i < parts.size(); i++) {
            for (Element a : parts.get(i).doc().select("a[href^=#]")) {
                String id = a.attr("href").substring(1);
                Integer where = partOf.get(id);
                if (where == null) continue;
                targets.add(id);
                if (where != i) a.attr("href", CROSS_PART + id);
            }
        }
        for (Part p : parts) {
            Element marks = new Element("bookmarks");
            for (Element e : p.doc().select("[id]"))
                if (targets.contains(e.id())) marks.appendElement("bookmark").attr("name", e.id()).attr("href", "#" + e.id());
            p.doc().body().prependChild(marks);
        }
    }

    /** Writes {@code pageOf(id)} as {@code data-page} on every entry of the contents and lists in the front part. */
    void numberContents(java.util.function.Function<String, String> pageOf) {
        for (Element a : front.doc().select("nav a[href]")) {
            String href = a.attr("href");
            String id = href.startsWith(CROSS_PART) ? href.substring(CROSS_PART.length()) : href.substring(href.indexOf('#') + 1);
            a.attr("data-page", pageOf.apply(id));
        }
    }

    private static void collectIds(List<OutlineEntry> entries, Set<String> into) {
        for (OutlineEntry e : entries) {
            into.add(e.id());
            collectIds(e.children(), into);
        }
    }

    private static List<OutlineEntry> outline(Element parent) {
        List<OutlineEntry> out = new ArrayList<>();
        for (Element bm : parent.children()) {
            if (!bm.tagName().equals("bookmark")) continue;
            String href = bm.attr("href");
            out.add(new OutlineEntry(bm.attr("name"), href.startsWith("#") ? href.substring(1) : href, outline(bm)));
        }
        return out;
    }

    /**
     * Cuts an element into shallow copies of itself, each holding a run of its children of at most
     * {@code limit} characters; a child section larger than that is cut in turn. Only the first copy keeps
     * the id; every copy starts with a clone of {@code repeat} (the module's running header).
     */
    private static final class Cutter {
        private final int limit;
        private final Element repeat;

        Cutter(int limit, Element repeat) {
            this.limit = limit;
            this.repeat = repeat;
        }

        List<Element> cut(Element box) {
            if (box.outerHtml().length() <= limit) return List.of(box);
            List<Element> pieces = new ArrayList<>();
            Element current = shell(box, true);
            int size = 0;
            for (Node child : new ArrayList<>(box.childNodes())) {
                if (child == repeat) {
                    current.appendChild(child);
                    continue;
                }
                int n = child.outerHtml().length();
                boolean section = child instanceof Element e && e.tagName().equals("section") && n > limit;
                if (hasContent(current) && (section || size + n > limit)) {
                    pieces.add(current);
                    current = carryOver(current, shell(box, false));
                    size = 0;
                }
                if (section) {
                    List<Element> sub = new Cutter(limit, null).cut((Element) child);
                    for (int i = 0; i < sub.size(); i++) {
                        if (i > 0) {
                            pieces.add(current);
                            current = shell(box, false);
                        }
                        current.appendChild(sub.get(i));
                    }
                    size = sub.get(sub.size() - 1).outerHtml().length();
                } else {
                    current.appendChild(child);
                    if (!(child instanceof TextNode t && t.isBlank())) size += n;
                }
            }
            pieces.add(current);
            return pieces;
        }

        private Element shell(Element box, boolean first) {
            Element s = box.shallowClone();
            if (!first) {
                s.removeAttr("id");
                s.attr("data-continued", "");
                if (repeat != null) s.appendChild(repeat.clone());
            }
            return s;
        }

        /** True when {@code piece} holds more than headings and the running header: it may end here. */
        private boolean hasContent(Element piece) {
            for (Element e : piece.children()) if (!isHeading(e) && !e.hasClass("running-module")) return true;
            return false;
        }

        /** Moves headings (and blank text) that end {@code done} to {@code next}: a heading stays with what follows. */
        private static Element carryOver(Element done, Element next) {
            List<Node> tail = new ArrayList<>();
            for (int i = done.childNodeSize() - 1; i >= 0; i--) {
                Node n = done.childNode(i);
                if (n instanceof TextNode t && t.isBlank() || n instanceof Element e && isHeading(e)) tail.add(0, n);
                else break;
            }
            for (Node n : tail) next.appendChild(n);
            return next;
        }

        private static boolean isHeading(Element e) {
            return e.tagName().matches("h[1-6]");
        }
    }
}
