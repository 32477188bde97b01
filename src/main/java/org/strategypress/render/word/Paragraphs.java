package org.strategypress.render.word;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.strategypress.render.word.WordBlocks.Block;
import org.strategypress.render.word.WordBlocks.Para;
import org.strategypress.render.word.WordBlocks.Table;

/**
 * The Word copy's body, its paragraphs and tables added in order: each new paragraph carries the bookmarks of the
 * containers (a section, a card) written since the last, which Word has no paragraph of their own for.
 */
final class Paragraphs {

    private final List<Block> body = new ArrayList<>();
    private final Bookmarks bookmarks;
    /** Ids of containers waiting for the next paragraph to carry their bookmark. */
    private final List<String> pending = new ArrayList<>();
    /** The number of a generated block (a div of paragraphs, tables or a chart) for its first paragraph; or null. */
    private String pendingNumber;

    Paragraphs(Bookmarks bookmarks) {
        this.bookmarks = bookmarks;
    }

    /** The body so far. */
    List<Block> body() {
        return body;
    }

    /** A new body paragraph of Word style {@code style}, with the waiting bookmarks. */
    Para add(String style) {
        Para p = new Para(style);
        body.add(p);
        for (String id : pending) bookmarks.around(p, id, () -> { });
        pending.clear();
        if (pendingNumber != null) numberRun(p, pendingNumber);
        pendingNumber = null;
        return p;
    }

    /** A new table of {@code columns} columns at the end of the body. */
    Table table(int columns) {
        Table t = new Table(columns);
        body.add(t);
        return t;
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
    static void number(Para p, Element block) {
        if (block.hasAttr("data-para")) numberRun(p, block.attr("data-para"));
    }

    private static void numberRun(Para p, String number) {
        p.run().text(number + "  ").style = "ParagraphNumber";
    }
}
