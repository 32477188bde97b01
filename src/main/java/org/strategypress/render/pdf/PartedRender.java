package org.strategypress.render.pdf;

import org.strategypress.model.Rule;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.strategypress.concurrent.DaemonThreads;
import org.strategypress.files.FileTrees;
import org.strategypress.model.Diagnostic;
import org.strategypress.render.pdf.PartJoiner.Anchor;
import org.strategypress.render.pdf.PrintParts.OutlineEntry;
import org.strategypress.render.pdf.PrintParts.Part;

/**
 * Renders a large document in parts so that the engine never holds more than a part's layout at a time:
 * <ol>
 *   <li>cut the print HTML into a front part and body parts ({@link PrintParts});</li>
 *   <li>render the body parts, {@link PdfOptions#threads()} at a time, each to a temporary file, reading where every
 *       bookmarked id landed;</li>
 *   <li>render the front part with placeholder page numbers to learn its length, then with the real ones
 *       (again if the length changed);</li>
 *   <li>join ({@link PartJoiner}): links, outline, "page X of Y", metadata and document id.</li>
 * </ol>
 */
final class PartedRender {

    /** The footer font, relative to the print HTML's folder (where print.css's {@code ../fonts/} points). */
    static final String FOOTER_FONT = "fonts/NotoSans-Regular.ttf";
    private static final int FRONT_TRIES = 3;

    private record Rendered(Path pdf, int pages, Map<String, Anchor> anchors, List<Diagnostic> diagnostics,
                            List<BlockPlace> places, Map<String, List<ChartPictures.Picture>> pictures) {
    }

    private final PdfRenderer engine;
    private final PrintDocument doc;
    private final PdfOptions options;
    /** Where the parts are written as they are rendered, removed when the render ends. */
    private final Path dir;

    private PartedRender(PdfRenderer engine, PrintDocument doc, PdfOptions options, Path dir) {
        this.engine = engine;
        this.doc = doc;
        this.options = options;
        this.dir = dir;
    }

    /** Renders {@code doc} in parts, each written to a temporary folder of this render's own, and joins them. */
    static PdfResult render(PdfRenderer engine, PrintDocument doc, PdfOptions options, OutputStream out,
                            Consumer<Map<String, List<ChartPictures.Picture>>> pictured) {
        Path font = doc.baseDir().resolve(FOOTER_FONT);
        if (!Files.isRegularFile(font))
            throw new PdfRenderException("rendering in parts needs " + font + " for the page numbers");
        Path dir;
        try {
            dir = Files.createTempDirectory("press-parts-");
        } catch (IOException e) {
            throw new PdfRenderException("cannot make a temporary folder for the parts of the PDF: " + e.getMessage(), e);
        }
        try {
            return new PartedRender(engine, doc, options, dir).render(out, font, pictured);
        } finally {
            FileTrees.deleteQuietly(dir); // else left in the system's temporary folder
        }
    }

    private PdfResult render(OutputStream out, Path font, Consumer<Map<String, List<ChartPictures.Picture>>> pictured) {
        PrintParts parts = PrintParts.split(doc.html(), options.partChars());
        List<OutlineEntry> outline = parts.outline();
        String pageLabel = parts.pageLabel();
        List<Rendered> body = renderBody(parts.takeBody());
        int bodyPages = body.stream().mapToInt(Rendered::pages).sum();
        Rendered front = renderFront(parts, body, bodyPages);
        parts = null; // the front part's document can go before the join
        Map<String, Anchor> anchors = globalAnchors(front, body);
        List<Path> pdfs = new ArrayList<>();
        pdfs.add(front.pdf());
        body.forEach(r -> pdfs.add(r.pdf()));
        Set<Diagnostic> problems = new LinkedHashSet<>(front.diagnostics());
        body.forEach(r -> problems.addAll(r.diagnostics()));
        Map<String, List<ChartPictures.Picture>> cut = new HashMap<>(front.pictures());
        body.forEach(r -> cut.putAll(r.pictures()));
        Map<String, List<ChartPictures.Picture>> pictures = Map.copyOf(cut);
        // every figure is cut out by now: at x50 the Word copy waited for them through the join, holding its text
        if (pictured != null && !doc.pictured().isEmpty() && problems.stream().noneMatch(Diagnostic::isError))
            pictured.accept(pictures);
        try {
            Set<String> missing = PartJoiner.join(pdfs, anchors, outline, font, pageLabel, new PdfFinisher(doc.meta(), doc.html(), doc.archival()), out);
            for (String id : missing)
                problems.add(Rule.PDF_ENGINE.error(doc.sources().document(),
                        "a link to #" + id + " lost its target when the document was rendered in parts"));
        } catch (IOException e) {
            throw new PdfRenderException("cannot join the parts of the PDF: " + e.getMessage(), e);
        }
        return new PdfResult(front.pages() + bodyPages, List.copyOf(problems), places(front, body), pictures);
    }

    /** Renders the parts, each part's document let go once its HTML is written out for the engine. */
    private List<Rendered> renderBody(List<Part> parts) {
        AtomicReferenceArray<Part> waiting = new AtomicReferenceArray<>(parts.toArray(Part[]::new));
        parts = null;
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), DaemonThreads.named("pdf-part"));
        try {
            List<Future<Rendered>> jobs = new ArrayList<>();
            for (int i = 0; i < waiting.length(); i++) {
                int n = i;
                jobs.add(pool.submit(() -> renderPart(waiting.getAndSet(n, null).html())));
            }
            List<Rendered> done = new ArrayList<>();
            for (Future<Rendered> job : jobs) done.add(job.get());
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PdfRenderException("interrupted while rendering the parts of the PDF", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new PdfRenderException("a part of the PDF failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Renders the front part until its page count is stable, the contents numbered for that count. */
    private Rendered renderFront(PrintParts parts, List<Rendered> body, int bodyPages) {
        String placeholder = "0".repeat(String.valueOf(bodyPages + 99).length());
        parts.numberContents(id -> placeholder);
        Rendered front = renderPart(parts.front().html());
        for (int i = 0; i < FRONT_TRIES; i++) {
            int frontPages = front.pages();
            Map<String, Anchor> anchors = globalAnchors(front, body);
            parts.numberContents(id -> anchors.containsKey(id) ? String.valueOf(anchors.get(id).page() + 1) : "");
            Path superseded = front.pdf();
            front = renderPart(parts.front().html());
            delete(superseded);
            if (front.pages() == frontPages) return front;
        }
        throw new PdfRenderException("the contents keep changing length as their page numbers change");
    }

    private Rendered renderPart(String html) {
        PdfRenderer.Run<Rendered> run = engine.run(doc.withHtml(html), (PdfRenderer.PlacedStep<Rendered>) (pdf, places) -> {
            Map<String, Anchor> anchors = PartJoiner.anchors(pdf);
            pdf.getDocumentCatalog().setDocumentOutline(null);
            DirectProperties.apply(pdf);
            Path file = Files.createTempFile(dir, "part-", ".pdf");
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                pdf.save(os, CompressParameters.NO_COMPRESSION); // read back at once: no time spent packing objects
            }
            // the part's charts cut out while its pages are in memory, after the save (drawing a page loads its fonts
            // into the document); their places are the part's own, and the footer stamped at the join is outside them
            Map<String, List<ChartPictures.Picture>> pictures = doc.pictured().isEmpty() ? Map.of()
                    : ChartPictures.of(pdf, places, doc.pictured());
            return new Rendered(file, pdf.getNumberOfPages(), anchors, List.of(), List.of(), pictures);
        });
        Rendered r = run.value();
        return new Rendered(r.pdf(), r.pages(), r.anchors(), run.diagnostics(), run.places(), r.pictures());
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left in the system's temporary folder
        }
    }

    /** Every part's block places with their pages in the joined document. */
    private static List<BlockPlace> places(Rendered front, List<Rendered> body) {
        List<BlockPlace> all = new ArrayList<>(front.places());
        int offset = front.pages();
        for (Rendered r : body) {
            for (BlockPlace p : r.places()) all.add(p.later(offset));
            offset += r.pages();
        }
        return all;
    }

    /** Every anchor with its page in the joined document: the front part first, then the body parts in order. */
    private static Map<String, Anchor> globalAnchors(Rendered front, List<Rendered> body) {
        Map<String, Anchor> all = new HashMap<>(front.anchors());
        int offset = front.pages();
        for (Rendered r : body) {
            for (var e : r.anchors().entrySet()) all.putIfAbsent(e.getKey(), new Anchor(e.getValue().page() + offset, e.getValue().top()));
            offset += r.pages();
        }
        return all;
    }
}
