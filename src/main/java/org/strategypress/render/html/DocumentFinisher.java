package org.strategypress.render.html;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * What is derived from the rendered HTML itself, identically for the site and the print document: section
 * numbers on headings, an id on every heading, table and figure, one element per id, and no link to an
 * anchor that does not exist. For print also the contents, the lists of tables and figures, and the PDF
 * bookmarks, so that they always match the document.
 */
public final class DocumentFinisher {

    private DocumentFinisher() {
    }

    /** Parses HTML keeping attribute case (SVG's viewBox). */
    public static Document parse(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().settings(new ParseSettings(false, true)));
        doc.outputSettings().prettyPrint(false);
        return doc;
    }

    /**
     * Numbers h1-h3 of each {@code section.module} as N, N.k, N.k.j, and its tables and figures as N.k, the same
     * in the site and the PDF; gives ids to headings, tables and figures. An annex ({@code section.module.annex},
     * lettered) has "Annex A" on its h1; front matter ({@code data-number=""}) is not numbered.
     */
    public static void numberSections(Document doc) {
        numberSections(doc, CaptionWords.ENGLISH);
    }

    /**
     * The words that number annexes, tables and figures in one language, for a number or letter such as "3.2" or
     * "A" (the message bundles' {@code caption.annex}, {@code caption.table}, {@code caption.figure}).
     */
    public record CaptionWords(UnaryOperator<String> annex, UnaryOperator<String> table, UnaryOperator<String> figure) {
        public static final CaptionWords ENGLISH = new CaptionWords(n -> "Annex " + n, n -> "Table " + n + ".",
                n -> "Figure " + n + ".");
    }

    /** Numbers the modules' headings, tables and figures, with the words of the document's language. */
    public static void numberSections(Document doc, CaptionWords words) {
        Set<String> used = ids(doc);
        for (Element module : doc.select("section.module")) {
            String num = module.attr("data-number");
            if (num.isEmpty()) { // front matter: unnumbered, but every heading has an id
                for (Element h : module.select("h1, h2, h3, h4, h5, h6")) ensureId(h, used, "sec");
                continue;
            }
            boolean annex = module.hasClass("annex");
            int[] c = {0, 0, 0};
            for (Element h : module.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                if (level > 3) {
                    ensureId(h, used, "sec");
                    continue;
                }
                String label;
                if (level == 1) {
                    label = annex ? words.annex().apply(num) : num;
                    c[1] = 0;
                    c[2] = 0;
                } else if (level == 2) {
                    c[1]++;
                    c[2] = 0;
                    label = num + "." + c[1];
                } else {
                    c[2]++;
                    label = num + "." + c[1] + "." + c[2];
                }
                ensureId(h, used, "sec-" + (level == 1 ? num : label).replace('.', '-'));
                h.prependElement("span").addClass("secnum").text(label);
            }
        }
        for (Element module : doc.select("section.module")) {
            String num = module.attr("data-number");
            if (num.isEmpty()) continue;
            int t = 0;
            for (Element table : module.select("table.data")) {
                String n = num + "." + (++t);
                ensureId(table, used, "table-" + n.replace('.', '-'));
                Element cap = table.selectFirst("> caption");
                if (cap != null) cap.prependElement("span").addClass("capnum").text(words.table().apply(n) + " ");
            }
            int f = 0;
            for (Element fig : module.select("figure.chart")) {
                String n = num + "." + (++f);
                ensureId(fig, used, "figure-" + n.replace('.', '-'));
                Element cap = fig.selectFirst("figcaption");
                if (cap != null) cap.prependElement("span").addClass("capnum").text(words.figure().apply(n) + " ");
            }
        }
    }

    /** Removes later copies of an id (a block placed twice) and unlinks fragment links to missing anchors. */
    public static void tidyAnchors(Document doc) {
        Set<String> seen = new HashSet<>();
        for (Element e : doc.select("[id]")) if (!seen.add(e.id())) e.removeAttr("id");
        for (Element a : doc.select("a[href^=#]")) {
            String target = a.attr("href").substring(1);
            if (!target.isEmpty() && !seen.contains(target)) {
                Element span = new Element("span").attr("class", a.className() + " unlinked");
                span.insertChildren(0, a.childNodesCopy());
                a.replaceWith(span);
            }
        }
    }

    /** A heading's or caption's words for the contents and bookmarks, without the "not yet translated" notes. */
    private static String navText(Element e) {
        if (e.selectFirst(".untranslated-note") == null) return e.text();
        Element copy = e.clone();
        copy.select(".untranslated-note").remove();
        return copy.text();
    }

    /** Fills nav.toc (h1-h3 of the modules), nav.lot, nav.lof and the bookmarks. */
    public static void fillNavigation(Document doc) {
        Element toc = doc.selectFirst("nav.toc > ol");
        Element bookmarks = doc.selectFirst("bookmarks");
        Element[] parents = new Element[4];
        for (Element h : doc.select("section.module h1, section.module h2, section.module h3")) {
            int level = h.tagName().charAt(1) - '0';
            Element num = h.selectFirst("> span.secnum");
            String text = navText(h);
            String title = num == null ? text : num.text() + " " + text.substring(num.text().length()).trim();
            if (toc != null)
                toc.appendElement("li").addClass("level-" + level).appendElement("a").attr("href", "#" + h.id()).text(title);
            if (bookmarks != null) {
                Element parent = level == 1 || parents[level - 1] == null ? bookmarks : parents[level - 1];
                Element bm = parent.appendElement("bookmark").attr("name", title).attr("href", "#" + h.id());
                parents[level] = bm;
                for (int i = level + 1; i < parents.length; i++) parents[i] = null;
            }
        }
        Element lot = doc.selectFirst("nav.lot > ol");
        for (Element table : doc.select("table.data")) {
            Element cap = table.selectFirst("> caption");
            if (lot != null && cap != null) lot.appendElement("li").appendElement("a").attr("href", "#" + table.id()).text(navText(cap));
        }
        Element lof = doc.selectFirst("nav.lof > ol");
        for (Element fig : doc.select("figure.chart")) {
            Element cap = fig.selectFirst("figcaption");
            if (lof != null && cap != null) lof.appendElement("li").appendElement("a").attr("href", "#" + fig.id()).text(navText(cap));
        }
        if (lot != null && lot.children().isEmpty()) lot.parent().remove();
        if (lof != null && lof.children().isEmpty()) lof.parent().remove();
    }

    private static Set<String> ids(Document doc) {
        Set<String> s = new HashSet<>();
        for (Element e : doc.select("[id]")) s.add(e.id());
        return s;
    }

    private static void ensureId(Element e, Set<String> used, String base) {
        if (!e.id().isEmpty()) return;
        String id = base;
        for (int i = 2; used.contains(id); i++) id = base + "-" + i;
        used.add(id);
        e.id(id);
    }
}
