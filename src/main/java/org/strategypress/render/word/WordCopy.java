package org.strategypress.render.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The Word copy, made from the finished print document so that it matches the PDF: the styles and list numbering
 * of a reference document ({@code templates/word/reference.docx}, restyled in Word by a design team), Word's
 * built-in heading styles, a table of contents field, tables as Word tables with their numbered captions, footnotes
 * as Word footnotes, {@code [[ID]]} links as internal hyperlinks to bookmarks, every paragraph number as a bookmark
 * ({@code p_3_2_4}) and a small number before its block, and track changes switched on. Charts are pictures cut out
 * of the archival PDF's pages (their words are HTML laid over SVG, so the PDF holds the only drawing of a whole chart),
 * each with its caption as text; without an archival PDF, a note says the chart is in the PDF.
 */
public final class WordCopy {

    static {
        PoiLogging.quiet();
    }

    private final XWPFDocument docx;
    private final Document print;
    private final Bookmarks bookmarks = new Bookmarks();
    private final Map<String, BigInteger> footnotes = new HashMap<>();
    /** Ids of containers (a section, a card) waiting for the next paragraph to carry their bookmark. */
    private final List<String> pending = new ArrayList<>();
    private final Set<String> written = new HashSet<>();
    /** Elements whose own paragraph carries their bookmark. */
    private static final Set<String> OWN_BOOKMARK = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p",
            "pre", "table", "figure");

    /** A chart's picture: PNG bytes and the size it is shown at in the PDF, in points. */
    public record Chart(byte[] png, float widthPt, float heightPt) {}

    /** The paragraphs waiting for a chart's pictures, with the chart's id and words for its alternative text. */
    private record Waiting(XWPFParagraph paragraph, String id, String alt) {}

    private final List<Waiting> charts = new ArrayList<>();

    /** The print document's elements by id, looked up for every link. */
    private final Map<String, Element> ids = new HashMap<>();

    private WordCopy(XWPFDocument docx, Document print) {
        this.docx = docx;
        this.print = print;
        for (Element e : print.select("[id]")) ids.putIfAbsent(e.id(), e);
    }

    /**
     * Writes the Word copy of {@code print} (not changed) to {@code out}, styled by {@code reference} (a .docx), or
     * by the reference document shipped with strategy-press when {@code reference} does not exist; {@code pictures}
     * gives each chart's pictures by the figure's id, asked for once the text is written (the archival PDF they are
     * cut from may still be in the making); every part of the file is dated {@code date}, so that the same draft gives
     * the same bytes.
     */
    public static void write(Document print, Path reference, Supplier<Map<String, List<Chart>>> pictures,
                             Instant date, OutputStream out) throws IOException {
        try (InputStream in = Files.isRegularFile(reference) ? Files.newInputStream(reference)
                : WordCopy.class.getResourceAsStream("reference.docx");
             XWPFDocument docx = new XWPFDocument(in)) {
            while (!docx.getBodyElements().isEmpty()) docx.removeBodyElement(0);
            WordCopy w = new WordCopy(docx, print);
            w.fill();
            w.drawCharts(pictures.get());
            w.dropLinksWithoutTarget();
            docx.setTrackRevisions(true);
            docx.enforceUpdateFields();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            docx.write(bytes);
            StableZip.write(bytes.toByteArray(), date, out);
        }
    }

    private void fill() {
        Element cover = print.selectFirst("section.cover");
        para("Title").createRun().setText(print.title());
        if (cover != null) {
            Element sub = cover.selectFirst(".subtitle");
            if (sub != null) para("Subtitle").createRun().setText(sub.text());
            for (Element dt : cover.select("dl.cover-meta > dt")) {
                Element dd = dt.nextElementSibling();
                XWPFParagraph p = para("Normal");
                XWPFRun k = p.createRun();
                k.setBold(true);
                k.setText(dt.text() + ": ");
                p.createRun().setText(dd == null ? "" : dd.text());
            }
        }
        toc();
        for (Element module : print.select("section.module")) blocks(module, null);
    }

    /** Word's TOC field over headings 1 to 3, filled in when Word opens the file (updateFields). */
    private void toc() {
        para("TOCHeading").createRun().setText("Contents");
        XWPFParagraph p = para("Normal");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("Update this field (F9) to list the contents.");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** The blocks inside {@code container}; {@code number} is the paragraph number of the block being written. */
    private void blocks(Element container, String number) {
        for (Element e : container.children()) block(e, e.hasAttr("data-para") ? e.attr("data-para") : number);
    }

    private void block(Element e, String number) {
        if (e.hasClass("running-module") || e.hasClass("footnotes") || e.hasClass("para-mark")) return;
        String tag = e.tagName();
        if (!e.id().isEmpty() && !OWN_BOOKMARK.contains(tag)) pending.add(e.id());
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                XWPFParagraph p = para("Heading" + Math.min(4, tag.charAt(1) - '0'));
                bookmark(p, e.id(), () -> inline(p, e, Style.PLAIN));
            }
            case "p" -> numbered(para("Normal"), e, number);
            case "blockquote" -> {
                for (Element c : e.children()) if (c.tagName().equals("p")) numbered(para("Quote"), c, e.attr("data-para"));
                if (e.children().isEmpty()) numbered(para("Quote"), e, number);
            }
            case "pre" -> numbered(para("SourceCode"), e, number);
            case "ul", "ol" -> list(e, tag.equals("ul") ? "ListBullet" : "ListNumber", number);
            case "dl" -> {
                for (Element c : e.children()) {
                    XWPFParagraph p = para("Normal");
                    if (c.tagName().equals("dt")) p.createRun().setBold(true);
                    inline(p, c, c.tagName().equals("dt") ? Style.BOLD : Style.PLAIN);
                }
            }
            case "table" -> table(e, number);
            case "figure" -> figure(e, number);
            default -> blocks(e, number);
        }
    }

    private void numbered(XWPFParagraph p, Element e, String number) {
        String own = e.hasAttr("data-para") ? e.attr("data-para") : null;
        paragraphNumber(p, e);
        bookmark(p, e.id(), () -> inline(p, e, Style.PLAIN));
        if (own != null && !e.id().equals("p-" + own.replace('.', '-'))) bookmark(p, "p-" + own.replace('.', '-'), () -> { });
    }

    /** The block's paragraph number, small, before its text (when it has one). */
    private static void paragraphNumber(XWPFParagraph p, Element block) {
        if (!block.hasAttr("data-para")) return;
        XWPFRun n = p.createRun();
        n.setStyle("ParagraphNumber");
        n.setText(block.attr("data-para") + "  ");
    }

    private void list(Element list, String style, String number) {
        boolean first = true;
        for (Element li : list.select("> li")) {
            XWPFParagraph p = para(style);
            if (first) paragraphNumber(p, list);
            first = false;
            Element copy = li.clone();
            copy.select("> ul, > ol").remove();
            inline(p, copy, Style.PLAIN);
            for (Element sub : li.select("> ul, > ol")) list(sub, style, number);
        }
    }

    private void table(Element table, String number) {
        Element cap = table.selectFirst("> caption");
        XWPFParagraph c = para("Caption");
        paragraphNumber(c, table);
        bookmark(c, table.id(), () -> {
            if (cap != null) inline(c, cap, Style.PLAIN);
        });
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
                bookmark(p, id, () -> inline(p, td, td.tagName().equals("th") ? Style.BOLD : Style.PLAIN));
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

    /** The text width of an A4 page with 2.5 cm margins, in twentieths of a point. */
    private static final int TEXT_WIDTH_TWIPS = 9071;

    /**
     * A chart: the paragraph its pictures go into and its caption, in the print document's order (a theory of change
     * has its caption above the chart, the other charts below it); the figure's number goes before the first of them.
     */
    private void figure(Element fig, String number) {
        Element cap = fig.selectFirst("figcaption");
        boolean captionFirst = cap != null && cap.parent() == fig && cap.elementSiblingIndex() == 0;
        if (captionFirst) figureCaption(fig, cap, true);
        XWPFParagraph chart = para("Normal");
        if (!captionFirst) paragraphNumber(chart, fig);
        Element svg = fig.selectFirst("svg[aria-label]");
        charts.add(new Waiting(chart, fig.id(), cap != null ? cap.text() : svg != null ? svg.attr("aria-label") : fig.id()));
        if (!captionFirst) figureCaption(fig, cap, false);
        for (Element t : fig.select("table")) if (t.closest("figure") == fig) table(t, number);
    }

    /** The figure's caption paragraph, bookmarked with the figure's id; {@code numbered}: its number before it. */
    private void figureCaption(Element fig, Element cap, boolean numbered) {
        XWPFParagraph c = para("Caption");
        if (numbered) paragraphNumber(c, fig);
        bookmark(c, fig.id(), () -> {
            if (cap != null) inline(c, cap, Style.PLAIN);
        });
    }

    /** Each chart's pictures, scaled to the text width where wider; a note where the chart has none. */
    private void drawCharts(Map<String, List<Chart>> pictures) throws IOException {
        int n = 0;
        for (Waiting w : charts) {
            List<Chart> shown = pictures.getOrDefault(w.id(), List.of());
            if (shown.isEmpty()) {
                XWPFRun r = w.paragraph().createRun();
                r.setItalic(true);
                r.setText("[Chart: see the PDF of this version.]");
            }
            for (Chart c : shown) {
                double scale = Math.min(1.0, TEXT_WIDTH_TWIPS / 20.0 / c.widthPt());
                XWPFRun run = w.paragraph().createRun();
                try (InputStream png = new ByteArrayInputStream(c.png())) {
                    var picture = run.addPicture(png, XWPFDocument.PICTURE_TYPE_PNG, "chart-" + (++n) + ".png",
                            Units.toEMU(c.widthPt() * scale), Units.toEMU(c.heightPt() * scale));
                    picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(w.alt());
                    var drawings = run.getCTR().getDrawingList();
                    drawings.get(drawings.size() - 1).getInlineArray(0).getDocPr().setDescr(w.alt());
                } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                    throw new IOException("cannot add the picture of chart " + w.id() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private record Style(boolean bold, boolean italic, boolean mono, boolean sup) {
        static final Style PLAIN = new Style(false, false, false, false);
        static final Style BOLD = new Style(true, false, false, false);
    }

    /** The text of {@code e} as runs of {@code p}: bold, italic, code, links to bookmarks, footnotes. */
    private void inline(XWPFParagraph p, Element e, Style s) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                String text = t.text();
                if (!text.isEmpty()) run(p, text, s);
            } else if (n instanceof Element c) {
                inlineElement(p, c, s);
            }
        }
    }

    private void inlineElement(XWPFParagraph p, Element c, Style s) {
        switch (c.tagName()) {
            case "strong", "b", "th" -> inline(p, c, new Style(true, s.italic(), s.mono(), s.sup()));
            case "em", "i" -> inline(p, c, new Style(s.bold(), true, s.mono(), s.sup()));
            case "code", "kbd", "samp" -> inline(p, c, new Style(s.bold(), s.italic(), true, s.sup()));
            case "br" -> p.createRun().addBreak();
            case "svg", "img", "script", "style" -> { }
            case "sup" -> {
                Element a = c.selectFirst("a[href^=#]");
                if (a != null && (c.hasClass("footnote-ref") || a.hasClass("footnote-ref")) && footnote(p, a.attr("href").substring(1)))
                    return;
                inline(p, c, new Style(s.bold(), s.italic(), s.mono(), true));
            }
            case "a" -> {
                if (!c.id().isEmpty()) bookmark(p, c.id(), () -> { });
                link(p, c, s);
            }
            case "p", "div", "ul", "ol", "li" -> {
                if (!p.getRuns().isEmpty()) run(p, " ", s);
                inline(p, c, s);
            }
            default -> {
                if (!c.id().isEmpty()) bookmark(p, c.id(), () -> { });
                if (c.hasClass("secnum") || c.hasClass("capnum")) {
                    run(p, c.text().strip() + " ", s);
                    return;
                }
                inline(p, c, s);
            }
        }
    }

    private void link(XWPFParagraph p, Element a, Style s) {
        String href = a.attr("href");
        if (href.startsWith("#") && href.length() > 1 && ids.containsKey(href.substring(1))) {
            var h = p.getCTP().addNewHyperlink();
            h.setAnchor(bookmarks.name(href.substring(1)));
            var r = new org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun(h, h.addNewR(), p);
            r.setStyle("Hyperlink");
            r.setText(a.text());
        } else if (href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:")) {
            var r = p.createHyperlinkRun(href);
            r.setStyle("Hyperlink");
            r.setText(a.text());
        } else {
            inline(p, a, s);
        }
    }

    /** A Word footnote for the print document's footnote {@code id}; false when there is no such footnote. */
    private boolean footnote(XWPFParagraph p, String id) {
        Element note = ids.get(id);
        if (note == null) return false;
        BigInteger fid = footnotes.get(id);
        if (fid == null) {
            XWPFFootnote fn = docx.createFootnote();
            XWPFParagraph fp = fn.createParagraph();
            fp.setStyle("FootnoteText");
            Element copy = note.clone();
            copy.select("a.footnote-backref").remove();
            inline(fp, copy, Style.PLAIN);
            fid = fn.getId();
            footnotes.put(id, fid);
        }
        XWPFRun r = p.createRun();
        r.setStyle("FootnoteReference");
        r.getCTR().addNewFootnoteReference().setId(fid);
        return true;
    }

    private void run(XWPFParagraph p, String text, Style s) {
        XWPFRun r = p.createRun();
        r.setText(text.replace('\u00a0', ' '));
        if (s.bold()) r.setBold(true);
        if (s.italic()) r.setItalic(true);
        if (s.mono()) r.setFontFamily("DejaVu Sans Mono");
        if (s.sup()) r.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
    }

    private XWPFParagraph para(String style) {
        XWPFParagraph p = docx.createParagraph();
        p.setStyle(style);
        for (String id : pending) bookmark(p, id, () -> { });
        pending.clear();
        return p;
    }

    /** A link whose target got no bookmark (an id on an element Word has no place for) keeps its text only. */
    private void dropLinksWithoutTarget() {
        List<XWPFParagraph> all = new ArrayList<>(docx.getParagraphs());
        for (XWPFTable t : docx.getTables())
            t.getRows().forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs())));
        for (XWPFParagraph p : all)
            for (var h : p.getCTP().getHyperlinkList())
                if (h.getAnchor() != null && !written.contains(h.getAnchor())) h.unsetAnchor();
    }

    /** Runs {@code content} inside a bookmark named after {@code id} (nothing when the id is empty). */
    private void bookmark(XWPFParagraph p, String id, Runnable content) {
        if (id == null || id.isEmpty()) {
            content.run();
            return;
        }
        CTP ctp = p.getCTP();
        CTBookmark start = ctp.addNewBookmarkStart();
        BigInteger bid = bookmarks.nextId();
        start.setId(bid);
        start.setName(bookmarks.name(id));
        written.add(start.getName());
        content.run();
        ctp.addNewBookmarkEnd().setId(bid);
    }
}
