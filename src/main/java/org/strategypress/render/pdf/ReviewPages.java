package org.strategypress.render.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The review copy drawn on the archival PDF's own pages, instead of a second layout: every sheet is the archival page
 * with a band added on the right to write in ({@link #WRITING_MARGIN}) and one at the top for the stamp ("Review copy",
 * version and commit), the page's edge drawn as a thin frame; the paragraph numbers in the left margin beside the
 * blocks they number (real text, which {@code press comments} reads back); a change bar beside each block that changed
 * since {@code --since}. Nothing on the page moves, so links, bookmarks and the tagged structure stay as they are. The
 * metadata is the review copy's (title, no PDF/A claim, no output intent), and the file is saved as an incremental
 * update of the archival one: its first revision is the archival PDF, byte for byte, and the update holds only the
 * pages' dictionaries, the stamps and the font (PDFBox reads and writes little else).
 */
public final class ReviewPages {

    /** The font of the numbers and the header, relative to the print HTML's folder. */
    public static final String FONT = PartedRender.FOOTER_FONT;
    /** The band added on the right of every page to write in, in points (42 mm; with the page's own margin 60 mm). */
    static final float WRITING_MARGIN = 120f;
    /** The band added at the top of every page for the stamp, in points. */
    static final float STAMP_BAND = 18f;
    private static final float NUMBER_SIZE = 6.5f;
    private static final float STAMP_SIZE = 7f;
    private static final Color NUMBER = new Color(0x55, 0x55, 0x55);
    private static final Color BAR = new Color(0xc0, 0x39, 0x2b);
    private static final Color STAMP = new Color(0xaa, 0x00, 0x00);
    private static final Color FRAME = new Color(0xbb, 0xbb, 0xbb);
    /** The marks' font's name in every page's resources. */
    private static final COSName MARK_FONT = COSName.getPDFName("SPReviewMarks");

    /**
     * What to draw besides the pages.
     *
     * @param header  the line at the top of every page ("Review copy · version … · commit …")
     * @param changed the keys (paragraph numbers or ids) of the blocks that changed, to draw a bar beside
     * @param font    the TrueType font of the numbers and the header, embedded as a subset
     */
    public record Stamp(String header, Set<String> changed, Path font) {
        public Stamp {
            changed = Set.copyOf(changed);
        }
    }

    private ReviewPages() {
    }

    /**
     * Writes the review copy of {@code archival} to {@code out}: {@code places} from the archival render
     * ({@link PdfResult#places()}), its metadata from {@code meta}, its document id from {@code html}.
     */
    public static void write(Path archival, List<BlockPlace> places, Stamp stamp, PdfMetadata meta, String html,
                             OutputStream out) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(archival.toFile())) {
            PDType0Font font = PDType0Font.load(pdf, stamp.font().toFile());
            Map<Integer, List<BlockPlace>> byPage = new HashMap<>();
            for (BlockPlace p : places)
                for (int i = p.firstPage(); i <= p.lastPage(); i++) byPage.computeIfAbsent(i, k -> new ArrayList<>()).add(p);
            PDResources marks = new PDResources();
            COSDictionary markFonts = new COSDictionary();
            markFonts.setItem(MARK_FONT, font);
            marks.getCOSObject().setItem(COSName.FONT, markFonts);
            int i = 0;
            for (PDPage page : pdf.getPages()) {
                PDRectangle media = page.getMediaBox();
                widen(page, media, drawMarks(pdf, marks, media, font, i, byPage.getOrDefault(i, List.of()), stamp), font);
                i++;
            }
            pdf.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            new PdfFinisher(meta, html, false).finish(pdf);
            XrefSelfEntry.saveIncremental(pdf, out);
        }
    }

    /**
     * Adds the bands to the page's boxes, puts its content between q and Q (so that what is drawn after it starts from a
     * clean graphics state) and the marks after it, and names the marks' font in the page's resources. The page's own
     * content streams are referred to, not read: an incremental save writes again only what PDFBox has read and changed.
     * What is read (the page, its resources and fonts, its list of links) the archival save numbered first, so that it
     * all lies in the file's first object stream ({@link StampReadsFirst}): PDFBox parses a whole stream to read one
     * object out of it.
     */
    private static void widen(PDPage page, PDRectangle media, COSStream marks, PDType0Font font) throws IOException {
        PDRectangle sheet = new PDRectangle(media.getLowerLeftX(), media.getLowerLeftY(),
                media.getWidth() + WRITING_MARGIN, media.getHeight() + STAMP_BAND);
        page.setMediaBox(sheet);
        if (page.getCOSObject().containsKey(COSName.CROP_BOX)) page.setCropBox(sheet);
        COSBase own = page.getCOSObject().getItem(COSName.CONTENTS);
        COSArray contents = new COSArray();
        contents.add(stream("q\n"));
        if (own instanceof COSArray parts) for (int i = 0; i < parts.size(); i++) contents.add(parts.get(i));
        else if (own != null) contents.add(own);
        contents.add(stream("\nQ\n"));
        contents.add(marks);
        page.getCOSObject().setItem(COSName.CONTENTS, contents);
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        if (resources == null) {
            resources = new COSDictionary();
            page.getCOSObject().setItem(COSName.RESOURCES, resources);
        }
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            fonts = new COSDictionary();
            resources.setItem(COSName.FONT, fonts);
        }
        fonts.setItem(MARK_FONT, font);
    }

    private static COSStream stream(String operators) throws IOException {
        COSStream s = new COSStream();
        try (OutputStream out = s.createOutputStream()) {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        }
        return s;
    }

    /**
     * The marks of one page (frame, header, paragraph numbers, change bars) as a content stream of their own, drawn on
     * a sheet whose resources are {@code marks} (the font under {@link #MARK_FONT}), so that the page's own are not read.
     */
    private static COSStream drawMarks(PDDocument pdf, PDResources marks, PDRectangle media, PDType0Font font, int pageIndex,
                                       List<BlockPlace> here, Stamp stamp) throws IOException {
        float left = media.getLowerLeftX();
        float top = media.getUpperRightY();
        PDPage sheet = new PDPage(media);
        sheet.setResources(marks);
        try (PDPageContentStream s = new PDPageContentStream(pdf, sheet, AppendMode.OVERWRITE, true)) {
            s.beginMarkedContent(COSName.ARTIFACT);
            s.setStrokingColor(FRAME);
            s.setLineWidth(0.5f);
            s.addRect(left, media.getLowerLeftY(), media.getWidth(), media.getHeight());
            s.stroke();
            String header = stamp.header().toUpperCase(Locale.ROOT);
            float w = font.getStringWidth(header) / 1000 * STAMP_SIZE;
            text(s, font, STAMP_SIZE, STAMP, left + (media.getWidth() + WRITING_MARGIN - w) / 2, top + STAMP_BAND / 2 - STAMP_SIZE / 3, header);
            for (BlockPlace p : here) {
                if (p.firstPage() == pageIndex && p.numbered()) {
                    float nw = font.getStringWidth(p.key()) / 1000 * NUMBER_SIZE;
                    text(s, font, NUMBER_SIZE, NUMBER, left + p.textLeft() - 8 - nw, top - p.baseline(), p.key());
                }
                if (stamp.changed().contains(p.key())) bar(s, left, top, p, pageIndex);
            }
            s.endMarkedContent();
        }
        return (COSStream) sheet.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    }

    private static void text(PDPageContentStream s, PDType0Font font, float size, Color color, float x, float y, String t)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.setNonStrokingColor(color);
        s.newLineAtOffset(x, y);
        s.showText(t);
        s.endText();
    }

    /** The part of a change bar on one page: from the block's top (or the text area's) to its bottom (or the area's). */
    private static void bar(PDPageContentStream s, float left, float pageTop, BlockPlace p, int pageIndex) throws IOException {
        float top = pageIndex == p.firstPage() ? p.top() : p.textTop();
        float bottom = pageIndex == p.lastPage() ? p.bottom() : p.textBottom();
        s.setNonStrokingColor(BAR);
        s.addRect(left + p.textLeft() - 4f, pageTop - bottom, 1.6f, bottom - top);
        s.fill();
    }
}
