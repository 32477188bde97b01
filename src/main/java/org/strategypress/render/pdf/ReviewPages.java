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
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The review copy drawn on the archival PDF's own pages, instead of a second layout: every page's content set a little
 * smaller ({@link #SCALE}) towards the left, leaving a margin on the right to write in; the paragraph numbers in the
 * left margin beside the blocks they number (real text, which {@code press comments} reads back); a change bar beside
 * each block that changed since {@code --since}; "Review copy", version and commit at the top of every page. Links,
 * bookmarks and annotations are moved with the content. The metadata is the review copy's (title, no PDF/A claim,
 * no output intent), and the file is saved as an incremental update of the archival one: its first revision is the
 * archival PDF, byte for byte, so nothing of the tagged structure is written again.
 */
public final class ReviewPages {

    /** The font of the numbers and the header, relative to the print HTML's folder. */
    public static final String FONT = PartedRender.FOOTER_FONT;
    /** How much smaller the archival page is drawn. */
    static final float SCALE = 0.85f;
    /** Where the scaled page starts from the sheet's left edge, in points: room for the paragraph numbers. */
    static final float LEFT = 34f;
    private static final float NUMBER_SIZE = 6.5f;
    private static final float STAMP_SIZE = 7f;
    private static final Color NUMBER = new Color(0x55, 0x55, 0x55);
    private static final Color BAR = new Color(0xc0, 0x39, 0x2b);
    private static final Color STAMP = new Color(0xaa, 0x00, 0x00);
    private static final Color FRAME = new Color(0xbb, 0xbb, 0xbb);

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
            int i = 0;
            for (PDPage page : pdf.getPages()) {
                Geometry g = Geometry.of(page.getMediaBox());
                scaleContent(pdf, page, g);
                drawMarks(pdf, page, g, font, i, byPage.getOrDefault(i, List.of()), stamp);
                moveAnnotations(page, g);
                i++;
            }
            moveOutline(pdf.getDocumentCatalog().getDocumentOutline());
            pdf.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            new PdfFinisher(meta, html, false).finish(pdf);
            XrefSelfEntry.saveIncremental(pdf, out);
        }
    }

    /** Where the scaled page lies on the sheet: x' = s x + dx, y' = s y + dy. */
    private record Geometry(float width, float height, float dx, float dy) {
        static Geometry of(PDRectangle media) {
            return new Geometry(media.getWidth(), media.getHeight(), LEFT, media.getHeight() * (1 - SCALE) / 2);
        }

        float x(float x) {
            return SCALE * x + dx;
        }

        float y(float y) {
            return SCALE * y + dy;
        }

        /** A distance from the archival page's top, as a y on the sheet. */
        float fromTop(float top) {
            return y(height - top);
        }
    }

    /**
     * Puts the page's content between "q, scale and move" and "Q". The page's own content streams are referred to, not
     * read: an incremental save writes them again only when they were read (PDFBox marks what it dereferences).
     */
    private static void scaleContent(PDDocument pdf, PDPage page, Geometry g) throws IOException {
        COSBase own = page.getCOSObject().getItem(COSName.CONTENTS);
        COSArray contents = new COSArray();
        contents.add(stream(pdf, String.format(Locale.ROOT, "q %.4f 0 0 %.4f %.3f %.3f cm\n", SCALE, SCALE, g.dx(), g.dy())));
        if (own instanceof COSArray parts) for (int i = 0; i < parts.size(); i++) contents.add(parts.get(i));
        else if (own != null) contents.add(own);
        contents.add(stream(pdf, "\nQ\n"));
        page.getCOSObject().setItem(COSName.CONTENTS, contents);
    }

    private static COSStream stream(PDDocument pdf, String operators) throws IOException {
        COSStream s = pdf.getDocument().createCOSStream();
        try (OutputStream out = s.createOutputStream()) {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        }
        return s;
    }

    private static void drawMarks(PDDocument pdf, PDPage page, Geometry g, PDType0Font font, int pageIndex,
                                  List<BlockPlace> here, Stamp stamp) throws IOException {
        try (PDPageContentStream s = new PDPageContentStream(pdf, page, AppendMode.APPEND, true)) {
            s.beginMarkedContent(COSName.ARTIFACT);
            s.setStrokingColor(FRAME);
            s.setLineWidth(0.5f);
            s.addRect(g.x(0), g.y(0), g.width() * SCALE, g.height() * SCALE);
            s.stroke();
            String header = stamp.header().toUpperCase(Locale.ROOT);
            float w = font.getStringWidth(header) / 1000 * STAMP_SIZE;
            text(s, font, STAMP_SIZE, STAMP, (g.width() - w) / 2, g.height() - g.dy() / 2 - STAMP_SIZE / 2, header);
            for (BlockPlace p : here) {
                if (p.firstPage() == pageIndex && p.numbered()) {
                    float nw = font.getStringWidth(p.key()) / 1000 * NUMBER_SIZE;
                    text(s, font, NUMBER_SIZE, NUMBER, g.x(p.textLeft()) - 8 - nw, g.fromTop(p.baseline()), p.key());
                }
                if (stamp.changed().contains(p.key())) bar(s, g, p, pageIndex);
            }
            s.endMarkedContent();
        }
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
    private static void bar(PDPageContentStream s, Geometry g, BlockPlace p, int pageIndex) throws IOException {
        float top = pageIndex == p.firstPage() ? p.top() : p.textTop();
        float bottom = pageIndex == p.lastPage() ? p.bottom() : p.textBottom();
        s.setNonStrokingColor(BAR);
        s.addRect(g.x(p.textLeft()) - 4f, g.fromTop(bottom), 1.6f, (bottom - top) * SCALE);
        s.fill();
    }

    private static void moveAnnotations(PDPage page, Geometry g) throws IOException {
        for (PDAnnotation a : page.getAnnotations()) {
            PDRectangle r = a.getRectangle();
            if (r != null)
                a.setRectangle(new PDRectangle(g.x(r.getLowerLeftX()), g.y(r.getLowerLeftY()), r.getWidth() * SCALE, r.getHeight() * SCALE));
            if (a instanceof PDAnnotationLink link) {
                float[] q = link.getQuadPoints();
                if (q != null) {
                    for (int k = 0; k + 1 < q.length; k += 2) {
                        q[k] = g.x(q[k]);
                        q[k + 1] = g.y(q[k + 1]);
                    }
                    link.setQuadPoints(q);
                }
                move(link.getDestination());
                if (link.getAction() instanceof PDActionGoTo go) move(go.getDestination());
            }
        }
    }

    private static void moveOutline(PDOutlineNode node) throws IOException {
        if (node == null) return;
        for (PDOutlineItem item : node.children()) {
            move(item.getDestination());
            if (item.getAction() instanceof PDActionGoTo go) move(go.getDestination());
            moveOutline(item);
        }
    }

    /** A destination's point on its page, moved with the page's content (pages here all have the same height). */
    private static void move(PDDestination d) {
        if (!(d instanceof PDPageXYZDestination xyz)) return;
        Geometry g = xyz.getPage() == null ? null : Geometry.of(xyz.getPage().getMediaBox());
        if (g == null) return;
        if (xyz.getTop() != -1) xyz.setTop(Math.round(g.y(xyz.getTop())));
        if (xyz.getLeft() != -1) xyz.setLeft(Math.round(g.x(xyz.getLeft())));
    }
}
