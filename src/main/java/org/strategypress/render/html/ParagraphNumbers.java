package org.strategypress.render.html;

import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Paragraph numbers: every paragraph, list, table, quotation, code block, figure and generated block of a module
 * gets {@code data-para="M.C.P"} (module number, chapter within the module counted from 1, block within the
 * chapter counted from 1) and an anchor id {@code p-M-C-P}. Blocks of a module outside any chapter (an annex) count
 * as chapter 0.
 *
 * <p>The numbers depend only on the order of blocks within their chapter: rewording a paragraph changes no number,
 * and adding or removing a block renumbers only the later blocks of that one chapter.
 */
public final class ParagraphNumbers {

    /** Elements that get a number of their own (a generated block is one {@code div.block}). */
    private static final Set<String> NUMBERED = Set.of("p", "ul", "ol", "dl", "table", "blockquote", "pre", "figure");
    /** Elements looked into for numbered blocks. */
    private static final Set<String> CONTAINERS = Set.of("section", "div", "article", "aside");

    private ParagraphNumbers() {
    }

    /** Numbers the blocks of every {@code section.module} of {@code doc}. */
    public static void number(Document doc) {
        int front = 0;
        for (Element module : doc.select("section.module")) {
            String m = module.attr("data-number");
            // front matter is unnumbered in the document; its paragraphs are F1.x, F2.x ... in order of the chapters
            if (m.isEmpty()) m = "F" + (++front);
            int[] outside = {0};
            int chapter = 0;
            for (Element child : module.children()) {
                if (child.tagName().equals("section") && child.hasClass("chapter")) {
                    int[] n = {0};
                    walk(child, m + "." + (++chapter), n);
                } else {
                    visit(child, m + ".0", outside);
                }
            }
        }
    }

    private static void walk(Element container, String prefix, int[] n) {
        for (Element child : container.children()) visit(child, prefix, n);
    }

    private static void visit(Element e, String prefix, int[] n) {
        if (isNumbered(e)) {
            String label = prefix + "." + (++n[0]);
            e.attr("data-para", label);
            if (e.id().isEmpty()) e.id(anchor(label));
        } else if (CONTAINERS.contains(e.tagName()) && !e.hasClass("running-module")) {
            walk(e, prefix, n);
        }
    }

    private static boolean isNumbered(Element e) {
        if (e.tagName().equals("div")) return e.hasClass("block");
        if (!NUMBERED.contains(e.tagName())) return false;
        return !(e.tagName().equals("p") && e.text().isBlank() && e.select("img, svg").isEmpty());
    }

    /**
     * For the site: before each numbered block an empty link to it that shows its number on hover (the number
     * comes from CSS, {@code attr(data-label)}, so that search snippets and copied text do not carry it).
     */
    public static void addHoverAnchors(Document doc) {
        for (Element e : doc.select("[data-para]")) {
            String label = e.attr("data-para");
            e.before(new Element("a").addClass("para-num").attr("href", "#" + e.id()).attr("data-label", label)
                    .attr("aria-label", "paragraph " + label).attr("title", "paragraph " + label));
        }
    }

    /** The anchor id of paragraph {@code label}: {@code p-3-2-4} for 3.2.4. */
    public static String anchor(String label) {
        return "p-" + label.replace('.', '-');
    }
}
