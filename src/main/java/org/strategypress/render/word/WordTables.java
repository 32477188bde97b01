package org.strategypress.render.word;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Element;

/**
 * The print document's tables as Word tables: the numbered caption as a paragraph before the table (bookmarked with
 * the table's id), header rows repeated on each page, each row's id a bookmark in its first cell.
 */
final class WordTables {

    /** The text width of an A4 page with 2.5 cm margins, in twentieths of a point. */
    static final int TEXT_WIDTH_TWIPS = 9071;

    private final XWPFDocument docx;
    private final Paragraphs paragraphs;
    private final Bookmarks bookmarks;
    private final InlineRuns inline;

    WordTables(XWPFDocument docx, Paragraphs paragraphs, Bookmarks bookmarks, InlineRuns inline) {
        this.docx = docx;
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
            XWPFParagraph c = paragraphs.add(cap != null ? "Caption" : "Normal");
            Paragraphs.number(c, table);
            bookmarks.around(c, table.id(), () -> {
                if (cap != null) inline.inline(c, cap, InlineRuns.Style.PLAIN);
            });
        }
        var rows = table.select("> thead > tr, > tbody > tr, > tr, > tfoot > tr");
        int cols = 1;
        for (Element r : rows) cols = Math.max(cols, r.select("> th, > td").size());
        if (rows.isEmpty()) return;
        XWPFTable t = docx.createTable(rows.size(), cols);
        t.setStyleID("TableGrid");
        t.setWidth("100%");
        grid(t, cols);
        for (int i = 0; i < rows.size(); i++) {
            Element r = rows.get(i);
            XWPFTableRow row = t.getRow(i);
            if (r.parent() != null && r.parent().tagName().equals("thead")) row.setRepeatHeader(true);
            var cells = r.select("> th, > td");
            for (int j = 0; j < cells.size(); j++) {
                XWPFTableCell cell = row.getCell(j);
                XWPFParagraph p = cell.getParagraphs().get(0);
                Element td = cells.get(j);
                String id = j == 0 ? r.id() : "";
                bookmarks.around(p, id, () -> inline.inline(p, td, td.tagName().equals("th") ? InlineRuns.Style.BOLD : InlineRuns.Style.PLAIN));
            }
        }
    }

    /**
     * The table's column grid, which the schema requires and POI's createTable leaves out: without it pandoc read every
     * table of the Word copy as empty. Equal columns over the text width; Word and LibreOffice fit them to the content.
     */
    private static void grid(XWPFTable t, int cols) {
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        BigInteger width = BigInteger.valueOf(TEXT_WIDTH_TWIPS / cols);
        for (int i = grid.sizeOfGridColArray(); i < cols; i++) grid.addNewGridCol().setW(width);
    }
}
