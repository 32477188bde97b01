package org.strategypress.render.word;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.nodes.Element;

/**
 * The Word copy's body paragraphs, added in order: each new one carries the bookmarks of the containers (a section, a
 * card) written since the last, which Word has no paragraph of their own for.
 */
final class Paragraphs {

    private final XWPFDocument docx;
    private final Bookmarks bookmarks;
    /** Ids of containers waiting for the next paragraph to carry their bookmark. */
    private final List<String> pending = new ArrayList<>();
    /** The number of a generated block (a div of paragraphs, tables or a chart) for its first paragraph; or null. */
    private String pendingNumber;

    Paragraphs(XWPFDocument docx, Bookmarks bookmarks) {
        this.docx = docx;
        this.bookmarks = bookmarks;
    }

    /** A new body paragraph of Word style {@code style}, with the waiting bookmarks. */
    XWPFParagraph add(String style) {
        XWPFParagraph p = docx.createParagraph();
        p.setStyle(style);
        for (String id : pending) bookmarks.around(p, id, () -> { });
        pending.clear();
        if (pendingNumber != null) numberRun(p, pendingNumber);
        pendingNumber = null;
        return p;
    }

    /** True when the next paragraph would carry a bookmark or a block's number. */
    boolean waiting() {
        return !pending.isEmpty() || pendingNumber != null;
    }

    /** The next paragraph carries the number of {@code block}, a generated block whose paragraphs have none. */
    void numberNext(Element block) {
        if (block.hasAttr("data-para")) pendingNumber = block.attr("data-para");
    }

    /** The next paragraph carries {@code id}'s bookmark. */
    void bookmarkNext(String id) {
        pending.add(id);
    }

    /** The block's paragraph number, small, before its text (when it has one). */
    static void number(XWPFParagraph p, Element block) {
        if (block.hasAttr("data-para")) numberRun(p, block.attr("data-para"));
    }

    private static void numberRun(XWPFParagraph p, String number) {
        XWPFRun n = p.createRun();
        n.setStyle("ParagraphNumber");
        n.setText(number + "  ");
    }
}
