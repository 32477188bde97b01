package org.strategypress.render.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.extend.SVGDrawer.SVGImage;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.helper.W3CDom;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.SourcePosition;
import org.strategypress.render.word.PoiLogging;

/**
 * Renders print HTML to a tagged PDF/UA-1 and PDF/A-2a file with OpenHTMLtoPDF.
 *
 * <p>Build one and reuse it: the sRGB output-intent profile is read once, font files are kept in memory
 * after their first use, and font metrics are cached across renders. Safe to share between threads.
 * Nothing is ever loaded from the network: see {@link PrintDocument#allowedRoots()}.
 *
 * <p>Fonts come from the {@code @font-face} rules of the linked print stylesheet
 * ({@code templates/print/print.css}), so the stylesheet and {@code templates/fonts/} must lie inside an
 * allowed root. Every element must use an embedded font: PDF/A refuses the built-in PDF fonts.
 */
public final class PdfRenderer {

    private static final String ICC_RESOURCE = "sRGB.icc";

    private final byte[] colorProfile;
    private final FontBytesCache fontFiles = new FontBytesCache();
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();
    private final PdfOptions options;
    private final LayoutBudget budget;

    /** Reads the bundled sRGB profile; loads nothing from the network, ever. Options from system properties. */
    public PdfRenderer() {
        this(PdfOptions.fromSystemProperties());
    }

    /** Reads the bundled sRGB profile; {@code options} say when and how to render in parts. */
    public PdfRenderer(PdfOptions options) {
        this.options = options;
        this.budget = new LayoutBudget(options.togetherChars());
        try (InputStream in = PdfRenderer.class.getResourceAsStream(ICC_RESOURCE)) {
            if (in == null) throw new PdfRenderException("bundled colour profile " + ICC_RESOURCE + " is missing from the classpath");
            colorProfile = in.readAllBytes();
        } catch (IOException e) {
            throw new PdfRenderException("cannot read bundled colour profile " + ICC_RESOURCE, e);
        }
        EngineLog.silenceGlobalLogger();
        // PDFBox and FontBox log through commons-logging, which finds the Log4j API: without its quiet provider the
        // glyph check's first font printed a Log4j error line in builds without the Word copy
        PoiLogging.quiet();
    }

    /**
     * Renders {@code doc} and writes the PDF to {@code out} (which stays open). Print HTML longer than
     * {@link PdfOptions#partsAboveChars()} is rendered in parts and joined ({@link PartedRender}). A document that
     * does not fit beside the others this renderer is writing ({@link PdfOptions#togetherChars()}) waits for them.
     *
     * @return page count and every problem met (refused resources, engine warnings, missing fonts or images)
     * @throws PdfRenderException only if the render cannot go on (layout crash, failing output stream)
     */
    public PdfResult render(PrintDocument doc, OutputStream out) {
        return render(doc, out, null);
    }

    /**
     * The same; {@code saved}, when not null, is told where the blocks landed as soon as every byte of the PDF is
     * written to {@code out} (flushed), before the figures are cut out of its pages: what is made from the file (the
     * review copy) can start on another thread.
     */
    public PdfResult render(PrintDocument doc, OutputStream out, Consumer<List<BlockPlace>> saved) {
        return render(doc, out, saved, null);
    }

    /**
     * The same; {@code pictured}, when not null, is told the figures' pictures of a document rendered in parts as soon
     * as every part is rendered without an error, before the parts are joined (the join only adds the page numbers,
     * outside every figure): what waits for them (the Word copy) can finish and let go of its memory while the join
     * holds the whole document. It is told at most once; not for a document rendered in one piece, nor when no figure
     * was asked for, nor when a part failed: the result carries the pictures then.
     */
    public PdfResult render(PrintDocument doc, OutputStream out, Consumer<List<BlockPlace>> saved,
                            Consumer<Map<String, List<ChartPictures.Picture>>> pictured) {
        long taken;
        try {
            taken = budget.acquire(doc.html().length());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PdfRenderException("interrupted while waiting for another document's PDF to be written", e);
        }
        try {
            return renderNow(doc, out, saved, pictured);
        } finally {
            budget.release(taken);
        }
    }

    private PdfResult renderNow(PrintDocument doc, OutputStream out, Consumer<List<BlockPlace>> saved,
                                Consumer<Map<String, List<ChartPictures.Picture>>> pictured) {
        if (options.inParts(doc.html().length())) {
            PdfResult parted = PartedRender.render(this, doc, options, out, pictured);
            tell(saved, out, parted.places());
            return parted;
        }
        AtomicReference<Map<String, List<ChartPictures.Picture>>> pictures = new AtomicReference<>();
        Run<Integer> run = run(doc, (pdf, places) -> {
            new PdfFinisher(doc.meta(), doc.html(), doc.archival()).finish(pdf);
            DirectProperties.apply(pdf);
            StampReadsFirst.apply(pdf);
            XrefSelfEntry.save(pdf, out);
            tell(saved, out, places);
            // cut from the document still in memory: read back from the file, its pages' objects were parsed again
            if (!doc.pictured().isEmpty()) pictures.set(ChartPictures.of(pdf, places, doc.pictured()));
            return pdf.getNumberOfPages();
        });
        return new PdfResult(run.value(), run.diagnostics(), run.places(), pictures.get());
    }

    private static void tell(Consumer<List<BlockPlace>> saved, OutputStream out, List<BlockPlace> places) {
        if (saved == null) return;
        try {
            out.flush();
        } catch (IOException e) {
            throw new PdfRenderException("cannot write the PDF: " + e.getMessage(), e);
        }
        saved.accept(List.copyOf(places));
    }

    /**
     * What one engine run gave: the value {@code step} made of the PDF, the problems met, and where the blocks landed
     * (empty unless the document asked, {@link PrintDocument#placed()}).
     */
    record Run<T>(T value, List<Diagnostic> diagnostics, List<BlockPlace> places) {}

    /** Work on the engine's PDF (the engine already closed) before the PDF is closed. */
    interface PdfStep<T> {
        T apply(PDDocument pdf) throws IOException;
    }

    /** The same, given where the blocks the document asked for landed. */
    interface PlacedStep<T> {
        T apply(PDDocument pdf, List<BlockPlace> places) throws IOException;
    }

    /** Lays out {@code doc} with the engine, closes the engine, and hands the PDF to {@code step} before closing it. */
    <T> Run<T> run(PrintDocument doc, PdfStep<T> step) {
        return run(doc, (PlacedStep<T>) (pdf, places) -> step.apply(pdf));
    }

    /** The same, {@code step} given the blocks' places too. */
    <T> Run<T> run(PrintDocument doc, PlacedStep<T> step) {
        StagedNames names = new StagedNames(doc.baseDir(), doc.sources());
        ResourcePolicy policy = new ResourcePolicy(doc.allowedRoots(), names, fontFiles, doc.sources().limits());
        EngineLog log = new EngineLog(names);
        T value;
        List<BlockPlace> places;
        try (LaidOut laid = layOut(doc, policy, log)) {
            places = laid.places();
            value = step.apply(laid.pdf(), places);
        } catch (IOException | UncheckedIOException e) {
            throw new PdfRenderException("cannot write the PDF: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof PdfRenderException p) throw p;
            throw new PdfRenderException("the PDF engine failed: " + e, e);
        }
        List<Diagnostic> all = new ArrayList<>(policy.diagnostics());
        all.addAll(log.diagnostics());
        return new Run<>(value, all, places);
    }

    /**
     * The engine's PDF of {@code doc}, with the engine closed. Closing the engine leaves the PDF open, and once this
     * method returns nothing refers to the layout any more (the box tree, the styles, the jsoup and W3C copies of the
     * HTML, Batik's SVG documents): at x10 some 200 MB a document that stayed live through the save, when PDFBox
     * needs most memory.
     */
    private LaidOut layOut(PrintDocument doc, ResourcePolicy policy, EngineLog log) throws IOException {
        String baseUri = directoryUri(doc.baseDir());
        org.jsoup.nodes.Document html = PrintHtml.prepare(doc.html(), baseUri, doc.meta());
        try (PdfBoxRenderer renderer = builder(policy, log, html, baseUri, doc.archival()).buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            List<BlockPlace> places = doc.placed() == null ? List.of()
                    : BlockPlaces.of(renderer, doc.placed(), pdf.getNumberOfPages());
            return new LaidOut(pdf, places);
        }
    }

    /** The engine's PDF, still open, and where the blocks the document asked for landed. */
    private record LaidOut(PDDocument pdf, List<BlockPlace> places) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            pdf.close();
        }
    }

    /**
     * Batik in its secure modes (no script, no external resource), telling {@link EngineLog} which image it is
     * building or drawing, so that a failure without a URI ("Couldn't draw SVG.") is reported at the image's
     * source. When no SVG has text (the charts keep their words in HTML), Batik is given none of the document's
     * fonts: loading them into AWT was a tenth of a cold PDF's time.
     */
    private static final class LocatingSvgDrawer extends BatikSVGDrawer {
        private final boolean textless;

        LocatingSvgDrawer(boolean textless) {
            super(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
            this.textless = textless;
        }

        @Override
        public void importFontFaceRules(List<com.openhtmltopdf.css.sheet.FontFaceRule> rules,
                com.openhtmltopdf.layout.SharedContext context) {
            if (!textless) super.importFontFaceRules(rules, context);
        }

        @Override
        public SVGImage buildSVGImage(org.w3c.dom.Element svg, com.openhtmltopdf.render.Box box,
                com.openhtmltopdf.css.style.CssContext c, double cssWidth, double cssHeight, double dotsPerPixel) {
            String src = box == null || box.getElement() == null ? null : box.getElement().getAttribute("src");
            String name = src == null || src.isEmpty() ? null : src;
            SVGImage image = EngineLog.drawing(name, () -> super.buildSVGImage(svg, box, c, cssWidth, cssHeight, dotsPerPixel));
            return image == null ? null : new LocatedSvgImage(image, name);
        }
    }

    /** An SVG image whose drawing is done with its name known to {@link EngineLog}. */
    private record LocatedSvgImage(SVGImage image, String name) implements SVGImage {
        @Override public int getIntrinsicWidth() { return image.getIntrinsicWidth(); }
        @Override public int getIntrinsicHeight() { return image.getIntrinsicHeight(); }
        @Override public boolean hasIntrinsicSize() { return image.hasIntrinsicSize(); }
        @Override public float getIntrinsicRatio() { return image.getIntrinsicRatio(); }

        @Override
        public void drawSVG(com.openhtmltopdf.extend.OutputDevice out, com.openhtmltopdf.render.RenderingContext ctx, double x, double y) {
            EngineLog.drawing(name, () -> {
                image.drawSVG(out, ctx, x, y);
                return null;
            });
        }
    }

    /** The folder as a URI ending in '/', so that relative links resolve inside it even if it does not exist. */
    private static String directoryUri(java.nio.file.Path dir) {
        String uri = dir.toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private PdfRendererBuilder builder(ResourcePolicy policy, EngineLog log, org.jsoup.nodes.Document html, String baseUri,
            boolean archival) {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.withW3cDocument(new W3CDom().fromJsoup(html), baseUri);
        b.useExternalResourceAccessControl(policy::allows, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        b.useProtocolsStreamImplementation(policy.fileStreams(), "file");
        b.useProtocolsStreamImplementation(policy.refusingStreams(), ResourcePolicy.REFUSED_SCHEMES);
        b.useHttpStreamImplementation(policy.refusingStreams());
        b.useUnicodeLineBreaker(new InterruptibleLineBreaker());
        b.useSVGDrawer(new LocatingSvgDrawer(html.selectFirst("svg text, svg tspan, svg textPath") == null));
        b.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        b.usePdfUaAccessibility(true);
        if (archival) {
            b.usePdfAConformance(PdfAConformance.PDFA_2_A);
            b.useColorProfile(colorProfile);
        }
        b.withDiagnosticConsumer(log);
        return b;
    }
}
