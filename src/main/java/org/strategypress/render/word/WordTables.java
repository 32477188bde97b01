package org.strategypress.render.word;

import org.jsoup.nodes.Element;
import org.strategypress.render.word.WordBlocks.Para;
import org.strategypress.render.word.WordBlocks.Row;
import org.strategypress.render.word.WordBlocks.Table;

/**
 * The print document's tables as Word tables: the numbered caption as a paragraph before the table (bookmarked with
 * the table's id), header rows repeated on each page, each row's id a bookmark in its first cell.
 */
final class WordTables {

    /** The text width of an A4 page with 2.5 cm margins, in twentieths of a point. */
    static final int TEXT_WIDTH_TWIPS = 9071;

    private final Paragraphs paragraphs;
    private final Bookmarks bookmarks;
    private final InlineRuns inline;

    WordTables(Paragraphs paragraphs, Bookmarks bookmarks, InlineRuns inline) {
        this.paragraphs = paragraphs;
        this.bookmarks = bookmarks;
        this.inline = inline;
    }

    /** Writes {@code table}: its caption paragraph, then its rows. */
    void write(Element table) {
        Element cap = table.selectFirst("> caption");
        // a table without a caption gets no Caption paragraph (Word would list it among the captions), only a plain one
        // when a number or bookmark must stand before it
        if (cap != null || table.hasAttr("data-para") || !table.id().isEmpty() || paragraphs.waiting()) {
            Para c = paragraphs.add(cap != null ? "Caption" : "Normal");
            Paragraphs.number(c, table);
            bookmarks.around(c, table.id(), () -> {
                if (cap != null) inline.inline(c, cap, InlineRuns.Style.PLAIN);
            });
        }
        var rows = table.select("> thead > tr, > tbody > tr, > tr, > tfoot > tr");
        int cols = 1;
        for (Element r : rows) cols = Math.max(cols, r.select("> th, > td").size());
        if (rows.isEmpty()) return;
        Table t = paragraphs.table(cols);
        for (Element r : rows) {
            Row row = t.row(r.parent() != null && r.parent().tagName().equals("thead"));
            var cells = r.select("> th, > td");
            for (int j = 0; j < cells.size(); j++) {
                Para p = row.cells().get(j);
                Element td = cells.get(j);
                String id = j == 0 ? r.id() : "";
                bookmarks.around(p, id, () -> inline.inline(p, td, td.tagName().equals("th") ? InlineRuns.Style.BOLD : InlineRuns.Style.PLAIN));
            }
        }
    }
}
