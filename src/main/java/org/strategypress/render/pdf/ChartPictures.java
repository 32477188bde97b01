package org.strategypress.render.pdf;

import com.pngencoder.PngEncoder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.rendering.RenderDestination;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.strategypress.concurrent.DaemonThreads;

/**
 * The charts of the archival PDF as pictures, cut out of its pages: what the Word copy shows where the PDF has a chart.
 * A chart's words are HTML laid over its SVG, so the only drawing of the whole chart is the PDF's own; it is rendered
 * at {@link #DPI} without its caption (the Word copy writes the caption as text), across the text area's width. A
 * chart that runs over pages gives one picture per page.
 */
public final class ChartPictures {

    /** The resolution of the pictures: sharp on screen and on a printed A4 page, some 60 KB a chart. */
    static final float DPI = 150f;
    /** Room kept around the chart, in points. */
    private static final float PAD = 3f;
    /** How far from its origin a glyph may reach, in ems (a glyph's box, turned any way, lies within 1.5). */
    private static final float REACH = 2f;
    /** The shortest part of a chart that runs over pages worth a picture of its own, in points. */
    private static final float SLIVER = 30f;
    /** How many drawn pictures may wait for the encoder (some 2 MB each) before the next is drawn. */
    private static final int ENCODING_AHEAD = 3;

    /** One picture: PNG bytes and the size it is shown at, in points. */
    public record Picture(byte[] png, float widthPt, float heightPt) {}

    private ChartPictures() {
    }

    /**
     * The pictures of the figures {@code ids} of {@code doc}, by id, in the order of their places ({@code places} from
     * the render that asked for those ids): from the engine's document in memory, just saved, so that nothing is parsed
     * again. A figure without a place (not found on the pages) has none.
     */
    static Map<String, List<Picture>> of(PDDocument doc, List<BlockPlace> places, Set<String> ids) throws IOException {
        Map<String, BlockPlace> captions = new HashMap<>();
        List<BlockPlace> figures = new ArrayList<>();
        for (BlockPlace p : places) {
            if (p.key().endsWith(BlockPlace.CAPTION)) captions.put(p.key().substring(0, p.key().length() - BlockPlace.CAPTION.length()), p);
            else if (ids.contains(p.key())) figures.add(p);
        }
        shareResources(doc, figures);
        BandRenderer renderer = new BandRenderer(doc);
        // each picture is encoded on a second thread while the next is drawn: the encoding was a quarter of the
        // cutting, the end of a build with the Word copy; a few drawn pictures wait for it at most
        ExecutorService encoder = Executors.newSingleThreadExecutor(DaemonThreads.named("press-png"));
        Semaphore room = new Semaphore(ENCODING_AHEAD);
        try {
            Map<String, List<Future<Picture>>> cut = new LinkedHashMap<>();
            for (BlockPlace f : figures) {
                List<Future<Picture>> pictures = new ArrayList<>();
                for (Band b : bands(f, captions.get(f.key()), doc.getNumberOfPages())) {
                    BufferedImage image = draw(renderer, b.page(), b.left(), b.top(), b.right(), b.bottom());
                    acquire(room);
                    pictures.add(encoder.submit(() -> {
                        try {
                            return new Picture(png(image), b.right() - b.left(), b.bottom() - b.top());
                        } finally {
                            room.release();
                        }
                    }));
                }
                if (!pictures.isEmpty()) cut.put(f.key(), pictures);
            }
            Map<String, List<Picture>> out = new LinkedHashMap<>();
            for (Map.Entry<String, List<Future<Picture>>> e : cut.entrySet()) {
                List<Picture> pictures = new ArrayList<>();
                for (Future<Picture> p : e.getValue()) pictures.add(done(p));
                out.put(e.getKey(), List.copyOf(pictures));
            }
            return out;
        } finally {
            encoder.shutdownNow();
        }
    }

    /** Where one picture of a figure is cut: a page, and the corners in points from its top left. */
    private record Band(int page, float left, float top, float right, float bottom) {}

    /** The bands of figure {@code f}: one per page it is on, its caption ({@code caption} or null) left out. */
    private static List<Band> bands(BlockPlace f, BlockPlace caption, int pages) {
        List<Band> out = new ArrayList<>();
        boolean parted = f.lastPage() > f.firstPage();
        for (int page = f.firstPage(); page <= f.lastPage() && page < pages; page++) {
            float top = page == f.firstPage() ? f.top() : f.textTop();
            float bottom = page == f.lastPage() ? f.bottom() : f.textBottom();
            float above = PAD;
            float below = PAD;
            if (caption != null && caption.firstPage() == page) {
                // the caption is left out, above the chart (a theory of change) or below it (the rest)
                if (caption.top() - top < bottom - caption.bottom()) {
                    top = Math.max(top, caption.bottom() + 1);
                    above = 0;
                } else {
                    bottom = Math.min(bottom, caption.top() - 1);
                    below = 0;
                }
            }
            // a chart that starts at a page's foot leaves there only its top border (or, at the end, its last)
            if (bottom - top < (parted ? SLIVER : 2)) continue;
            out.add(new Band(page, f.textLeft() - PAD, top - above, f.textRight() + PAD, bottom + below));
        }
        return out;
    }

    /** Waits for room among the pictures being encoded. */
    private static void acquire(Semaphore waiting) throws IOException {
        try {
            waiting.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while cutting the charts");
        }
    }

    /** The picture once encoded; the encoder's failure thrown as it was. */
    private static Picture done(Future<Picture> picture) throws IOException {
        try {
            return picture.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while encoding the charts");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IOException("cannot encode a chart's picture: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Makes the fonts and forms of the figures' pages one object each for the renderer. The engine's document holds a
     * page's fonts in its resources as themselves, not as references, and PDFBox keeps a font read from the resources
     * only for the page it was read for: every cut parsed its pages' fonts again (the embedded TrueType programs) and
     * drew every glyph's outline anew. Held as references, PDFBox's resource cache keeps each once for all pages. Each
     * font is held as a copy without its {@code /ToUnicode} map, which only text extraction reads: PDFBox parses it
     * whenever it loads a font (a twentieth of the cutting, cold). The document has been saved; this changes only what
     * is read back from it.
     */
    private static void shareResources(PDDocument doc, List<BlockPlace> figures) {
        Map<COSBase, COSObject> shared = new IdentityHashMap<>();
        Set<Integer> pages = new HashSet<>();
        for (BlockPlace f : figures)
            for (int page = f.firstPage(); page <= f.lastPage() && page < doc.getNumberOfPages(); page++) pages.add(page);
        for (int page : pages) {
            COSDictionary resources = doc.getPage(page).getCOSObject().getCOSDictionary(COSName.RESOURCES);
            if (resources == null) continue;
            for (COSName kind : List.of(COSName.FONT, COSName.XOBJECT)) {
                COSDictionary names = resources.getCOSDictionary(kind);
                if (names == null) continue;
                for (COSName name : List.copyOf(names.keySet())) {
                    COSBase v = names.getItem(name);
                    if (v instanceof COSDictionary d)
                        names.setItem(name, shared.computeIfAbsent(v, k -> new COSObject(kind == COSName.FONT ? drawnOnly(d) : d)));
                }
            }
        }
    }

    /** A font's dictionary as drawing reads it: a copy without {@code /ToUnicode}. */
    private static COSDictionary drawnOnly(COSDictionary font) {
        if (!font.containsKey(COSName.TO_UNICODE)) return font;
        COSDictionary copy = new COSDictionary(font);
        copy.removeItem(COSName.TO_UNICODE);
        return copy;
    }

    /** The part of {@code page} between the two corners (points from the page's top left), drawn at {@link #DPI}. */
    private static BufferedImage draw(BandRenderer renderer, int page, float left, float top, float right, float bottom) throws IOException {
        float scale = DPI / 72f;
        float height = renderer.document().getPage(page).getMediaBox().getUpperRightY();
        renderer.band(height - bottom, height - top);
        int w = Math.max(1, Math.round((right - left) * scale));
        int h = Math.max(1, Math.round((bottom - top) * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            // the renderer clears the page to the background colour first (black unless set)
            g.setBackground(Color.WHITE);
            g.translate(-left * scale, -top * scale);
            renderer.renderPageToGraphics(page, g, scale, scale, RenderDestination.EXPORT);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The picture as PNG: deflate level 1, a few per cent larger than level 4 at two thirds of the time. */
    private static byte[] png(BufferedImage image) {
        return new PngEncoder().withBufferedImage(image).withCompressionLevel(1)
                .withMultiThreadedCompressionEnabled(false).toBytes();
    }

    /**
     * A renderer that draws only what can show in the band being cut: a page's text outside it (the paragraphs around a
     * chart) is not drawn, nor are its annotations (links, which draw nothing). The cut is the same picture, for about
     * half the work on a page of text.
     */
    private static final class BandRenderer extends PDFRenderer {
        private final PDDocument doc;
        private float low;
        private float high;

        BandRenderer(PDDocument doc) {
            super(doc);
            this.doc = doc;
            setAnnotationsFilter(annotation -> false);
        }

        PDDocument document() {
            return doc;
        }

        /** Glyphs that may reach between the two heights (PDF user space, from the page's foot) are drawn. */
        void band(float low, float high) {
            this.low = low;
            this.high = high;
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            PageDrawer drawer = new PageDrawer(parameters) {
                @Override
                public void showTextString(byte[] string) throws IOException {
                    if (!outOfBand()) super.showTextString(string);
                }

                @Override
                public void showTextStrings(COSArray array) throws IOException {
                    if (!outOfBand()) super.showTextStrings(array);
                }

                /**
                 * Whether a whole string of level text lies out of reach of the band: then it is not even read. The
                 * engine places every string with a matrix of its own, so a string passed over moves nothing after it.
                 */
                private boolean outOfBand() {
                    PDGraphicsState state = getGraphicsState();
                    Matrix at = getTextMatrix().multiply(state.getCurrentTransformationMatrix());
                    if (at.getShearY() != 0 || at.getShearX() != 0) return false;
                    float scale = Math.max(Math.abs(at.getScaleY()), Math.abs(at.getScaleX()));
                    PDTextState text = state.getTextState();
                    float reach = (REACH * Math.abs(text.getFontSize()) + Math.abs(text.getRise())) * scale;
                    float y = at.getTranslateY();
                    return y + reach < low || y - reach > high;
                }

                @Override
                protected void showFontGlyph(Matrix at, PDFont font, int code, Vector displacement) throws IOException {
                    // the rendering matrix holds the font size: the watermark's large turned glyphs reach far
                    float reach = REACH * Math.max(Math.abs(at.getScaleY()) + Math.abs(at.getShearY()),
                            Math.abs(at.getScaleX()) + Math.abs(at.getShearX()));
                    float y = at.getTranslateY();
                    if (y + reach >= low && y - reach <= high) super.showFontGlyph(at, font, code, displacement);
                }
            };
            // PDFRenderer's own createPageDrawer passes the filter on; an override must (without it every link's
            // appearance was made and drawn on every cut)
            drawer.setAnnotationFilter(getAnnotationsFilter());
            return drawer;
        }
    }
}
