package org.strategypress.render.html;

import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Paragraph numbers: every paragraph, list, table, quotation, code block, figure and generated block of a module
 * gets {@code data-para="M.C.P"} (module number, chapter within the module counted from 1, block within the
 * chapter counted from 1) and an anchor id {@code p-M-C-P}. Blocks of a module outside any chapter (an annex) count
 * as chapter 0, but those after a numbered second-level heading of the annex ({@code F.3}, a KPI's reference sheet)
 * take its number: {@code F.3.1}, {@code F.3.2}, as a chapter's blocks do.
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
            Count outside = new Count(m + ".0");
            int chapter = 0;
            for (Element child : module.children()) {
                if (child.tagName().equals("section") && child.hasClass("chapter")) {
                    walk(child, new Count(m + "." + (++chapter)), false);
                } else {
                    // only an annex's own headings number its blocks: a module's second-level headings outside its
                    // chapters would take numbers its chapters have
                    visit(child, outside, module.hasClass("annex"));
                }
            }
        }
    }

    /** The blocks numbered so far under {@code prefix}. */
    private static final class Count {
        String prefix;
        int n;

        Count(String prefix) {
            this.prefix = prefix;
        }
    }

    private static void walk(Element container, Count count, boolean annex) {
        for (Element child : container.children()) visit(child, count, annex);
    }

    /** Numbers {@code e} or the blocks inside it; in an annex ({@code annex}), a numbered h2 starts its own count. */
    private static void visit(Element e, Count count, boolean annex) {
        if (isNumbered(e)) {
            String label = count.prefix + "." + (++count.n);
            e.attr("data-para", label);
            if (e.id().isEmpty()) e.id(anchor(label));
        } else if (annex && e.tagName().equals("h2")) {
            String section = sectionNumber(e);
            if (section != null) {
                count.prefix = section;
                count.n = 0;
            }
        } else if (CONTAINERS.contains(e.tagName()) && !e.hasClass("running-module")) {
            walk(e, count, annex);
        }
    }

    /** The number of a heading numbered as {@code X.n} ({@code F.3}), or null. */
    private static String sectionNumber(Element h) {
        Element num = h.selectFirst("> span.secnum");
        String label = num == null ? "" : num.text().strip();
        return label.matches("[A-Z0-9]+\\.\\d+") ? label : null;
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
