package org.strategypress.render.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.strategypress.render.word.WordBlocks.FieldChar;
import org.strategypress.render.word.WordBlocks.FieldCode;
import org.strategypress.render.word.WordBlocks.Para;

/**
 * The Word copy, made from the finished print document so that it matches the PDF: the styles and list numbering
 * of a reference document ({@code templates/word/reference.docx}, restyled in Word by a design team), Word's
 * built-in heading styles, a table of contents field, tables as Word tables with their numbered captions, footnotes
 * as Word footnotes, {@code [[ID]]} links as internal hyperlinks to bookmarks, every paragraph number as a bookmark
 * ({@code p_3_2_4}) and a small number before its block, and track changes switched on. Charts are pictures cut out
 * of the archival PDF's pages (their words are HTML laid over SVG, so the PDF holds the only drawing of a whole chart),
 * each with its caption as text; without an archival PDF, a note says the chart is in the PDF.
 *
 * <p>This class walks the blocks (headings, paragraphs, lists); {@link InlineRuns} writes the text inside them,
 * {@link WordTables} the tables, {@link WordCharts} the figures, {@link Paragraphs} and {@link Bookmarks} the
 * paragraphs and bookmarks they share.
 */
public final class WordCopy {

    static {
        PoiLogging.quiet();
    }

    /** Elements whose own paragraph carries their bookmark. */
    private static final Set<String> OWN_BOOKMARK = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p",
            "pre", "table", "figure");

    /** A chart's picture: PNG bytes and the size it is shown at in the PDF, in points. */
    public record Chart(byte[] png, float widthPt, float heightPt) {}

    /**
     * The Word copy's own words, in the document's language: the heading of the table of contents, the text of its
     * field until Word fills it in, and the note in place of a chart that has no picture.
     */
    public record Words(String contents, String updateContents, String chartInPdf) {

        /** The words from a message bundle: {@code print.contents}, {@code word.updateContents}, {@code word.chartInPdf}. */
        public static Words of(UnaryOperator<String> message) {
            return new Words(message.apply("print.contents"), message.apply("word.updateContents"), message.apply("word.chartInPdf"));
        }
    }

    /** The print document until the text is written; then let go (the charts may be long in coming). */
    private Document print;
    private final Words words;
    private final Bookmarks bookmarks = new Bookmarks();
    private final Paragraphs paragraphs;
    private final InlineRuns inline;
    private final WordTables tables;
    private final WordCharts charts;

    private WordCopy(Document print, Words words, long firstFootnote) {
        this.print = print;
        this.words = words;
        this.paragraphs = new Paragraphs(bookmarks);
        this.inline = new InlineRuns(print, bookmarks, firstFootnote);
        this.tables = new WordTables(paragraphs, bookmarks, inline);
        this.charts = new WordCharts(paragraphs, bookmarks, inline, tables);
    }

    /**
     * Writes the Word copy of {@code print} (not changed) to {@code out}, styled by {@code reference} (a .docx), or
     * by the reference document shipped with strategy-press when {@code reference} does not exist; {@code pictures}
     * gives each chart's pictures by the figure's id, asked for once the text is written (the archival PDF they are
     * cut from may still be in the making); every part of the file is dated {@code date}, so that the same draft gives
     * the same bytes; {@code words} are its own words in the document's language.
     */
    public static void write(Document print, Path reference, Supplier<Map<String, List<Chart>>> pictures,
                             Instant date, Words words, OutputStream out) throws IOException {
        write(() -> print, () -> { }, reference, pictures, date, words, out);
    }

    /**
     * The same, the print document taken from {@code print} once and {@code printRead} told as soon as the text is
     * written, before the pictures are asked for: nothing here holds the document while it waits for them (at x50 the
     * source language's print document is some 700,000 elements, and its PDF takes minutes).
     */
    public static void write(Supplier<Document> print, Runnable printRead, Path reference,
                             Supplier<Map<String, List<Chart>>> pictures, Instant date, Words words, OutputStream out)
            throws IOException {
        try (InputStream in = Files.isRegularFile(reference) ? Files.newInputStream(reference)
                : WordCopy.class.getResourceAsStream("reference.docx");
             WordPackage docx = WordPackage.open(in)) {
            WordCopy w = new WordCopy(print.get(), words, docx.firstFootnoteId());
            w.fill();
            w.print = null;
            w.inline.textWritten();
            printRead.run();
            w.charts.draw(pictures.get(), words.chartInPdf());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            try (PackageZip zip = new PackageZip(bytes)) {
                docx.write(w.paragraphs.body(), w.inline.footnotes(), w.bookmarks.written(), zip);
            }
            StableZip.write(bytes.toByteArray(), date, out);
        }
    }

    private void fill() {
        Element cover = print.selectFirst("section.cover");
        para("Title").run().text(print.title());
        if (cover != null) {
            Element sub = cover.selectFirst(".subtitle");
            if (sub != null) para("Subtitle").run().text(sub.text());
            for (Element dt : cover.select("dl.cover-meta > dt")) {
                Element dd = dt.nextElementSibling();
                Para p = para("Normal");
                p.run().text(dt.text() + ": ").bold = true;
                p.run().text(dd == null ? "" : dd.text());
            }
        }
        documentControl();
        toc();
        for (Element module : print.select("section.module")) blocks(module);
    }

    /** The document control table, as the PDF has it before the contents, its heading not listed in them. */
    private void documentControl() {
        Element control = print.selectFirst("section.document-control");
        if (control == null) return;
        for (Element e : control.children()) {
            if (!e.tagName().equals("h1")) {
                block(e);
                continue;
            }
            Para p = para("TOCHeading");
            bookmarks.around(p, e.id(), () -> inline.inline(p, e, InlineRuns.Style.PLAIN));
        }
    }

    /** Word's TOC field over headings 1 to 3, filled in when Word opens the file (updateFields). */
    private void toc() {
        para("TOCHeading").run().text(words.contents());
        Para p = para("Normal");
        p.run().add(new FieldChar("begin"));
        p.run().add(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u "));
        p.run().add(new FieldChar("separate"));
        p.run().text(words.updateContents());
        p.run().add(new FieldChar("end"));
    }

    /** The blocks inside {@code container}. */
    private void blocks(Element container) {
        for (Element e : container.children()) block(e);
    }

    private void block(Element e) {
        if (e.hasClass("running-module") || e.hasClass("footnotes") || e.hasClass("para-mark")) return;
        String tag = e.tagName();
        if (!e.id().isEmpty() && !OWN_BOOKMARK.contains(tag)) paragraphs.bookmarkNext(e.id());
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                Para p = para("Heading" + Math.min(4, tag.charAt(1) - '0'));
                bookmarks.around(p, e.id(), () -> inline.inline(p, e, InlineRuns.Style.PLAIN));
            }
            case "p" -> numbered(para("Normal"), e);
            case "blockquote" -> {
                for (Element c : e.children()) if (c.tagName().equals("p")) numbered(para("Quote"), c);
                if (e.children().isEmpty()) numbered(para("Quote"), e);
            }
            case "pre" -> numbered(para("SourceCode"), e);
            case "ul", "ol" -> list(e, tag.equals("ul") ? "ListBullet" : "ListNumber");
            case "dl" -> {
                for (Element c : e.children()) {
                    Para p = para("Normal");
                    inline.inline(p, c, c.tagName().equals("dt") ? InlineRuns.Style.BOLD : InlineRuns.Style.PLAIN);
                }
            }
            case "table" -> tables.write(e);
            case "figure" -> charts.write(e);
            default -> {
                paragraphs.numberNext(e); // a generated block's number goes before its first paragraph
                blocks(e);
            }
        }
    }

    /** A paragraph of its own: its number, its text in its bookmark, and the bookmark of its number. */
    private void numbered(Para p, Element e) {
        String own = e.hasAttr("data-para") ? e.attr("data-para") : null;
        Paragraphs.number(p, e);
        bookmarks.around(p, e.id(), () -> inline.inline(p, e, InlineRuns.Style.PLAIN));
        if (own != null && !e.id().equals("p-" + own.replace('.', '-'))) bookmarks.around(p, "p-" + own.replace('.', '-'), () -> { });
    }

    /** A list's items, each a paragraph of {@code style}, the list's number before the first; sublists after their item. */
    private void list(Element list, String style) {
        boolean first = true;
        for (Element li : list.select("> li")) {
            Para p = para(style);
            if (first) Paragraphs.number(p, list);
            first = false;
            Element copy = li.clone();
            copy.select("> ul, > ol").remove();
            inline.inline(p, copy, InlineRuns.Style.PLAIN);
            for (Element sub : li.select("> ul, > ol")) list(sub, style);
        }
    }

    private Para para(String style) {
        return paragraphs.add(style);
    }
}
