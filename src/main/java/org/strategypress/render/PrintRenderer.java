package org.strategypress.render;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.strategypress.assets.ImageLimits;
import org.strategypress.concurrent.DaemonThreads;
import org.strategypress.markdown.ImagePlacements;
import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.DisplayPaths;
import org.strategypress.model.Rule;
import org.strategypress.model.SourcePosition;
import org.strategypress.render.html.Abbreviations;
import org.strategypress.render.html.DocumentFinisher;
import org.strategypress.render.html.ParagraphNumbers;
import org.strategypress.render.html.TemplateEngine;
import org.strategypress.render.html.TemplateSet;
import org.strategypress.render.pdf.BlockPlace;
import org.strategypress.render.pdf.ChartPictures;
import org.strategypress.render.pdf.GlyphCoverage;
import org.strategypress.render.pdf.PdfMetadata;
import org.strategypress.render.pdf.PdfRenderException;
import org.strategypress.render.pdf.PdfRenderer;
import org.strategypress.render.pdf.PdfResult;
import org.strategypress.render.pdf.PrintDocument;
import org.strategypress.render.pdf.PrintSources;
import org.strategypress.render.pdf.ReviewPages;
import org.strategypress.render.pdf.StagedNames;
import org.strategypress.render.view.DocumentView;
import org.strategypress.render.view.LinkPolicy;
import org.strategypress.render.word.WordCopy;

/**
 * The PDF: renders {@code print/document.ftlh} into one HTML file with its stylesheets, fonts and images
 * beside it in {@code pdf/} (so template authors can open it), then OpenHTMLtoPDF makes the PDF from it.
 */
public final class PrintRenderer {

    private final MarkdownDialect markdown;
    private final TemplateEngine templates;
    private final PdfRenderer pdf;

    public PrintRenderer(MarkdownDialect markdown, TemplateEngine templates, PdfRenderer pdf) {
        this.markdown = markdown;
        this.templates = templates;
        this.pdf = pdf;
    }

    /** Writes {@code pdf/<name>.html} and {@code pdf/<name>.pdf} under {@code out}; returns its files and problems. */
    public Rendered render(RenderInputs in, Path out) {
        return render(in, OutputFolder.of(out));
    }

    /**
     * The same, reusing the previous build's unchanged HTML, stylesheets, fonts and images. Languages rendered at the
     * same time share {@code pdf/}: each writes its own print HTML and PDF, and the stylesheets, fonts and images they
     * share are copied one language at a time, a file already there with the same bytes left as it is (so that no
     * copy replaces a font another language's engine is reading).
     */
    public Rendered render(RenderInputs in, OutputFolder out) {
        return render(in, prepare(in), out);
    }

    /**
     * The finished print document of one build (sections, paragraph numbers, contents filled in), from which the
     * archival PDF, the review copy, the Word copy and the source map are all made, so that they match. Each of
     * them works on a copy: {@code doc} is not changed after this.
     */
    public static final class PrintSource {
        private final AtomicReference<Document> doc;
        private final DocumentView view;
        private final AssetCollector assets;
        /** How many outputs still read {@link #doc()}; negative: not counted (the document is kept). */
        private final AtomicInteger readers = new AtomicInteger(-1);

        public PrintSource(Document doc, DocumentView view, AssetCollector assets) {
            this.doc = new AtomicReference<>(doc);
            this.view = view;
            this.assets = assets;
        }

        /** The finished print document; not to be changed. */
        public Document doc() {
            Document d = doc.get();
            if (d == null) throw new IllegalStateException("the print document was let go: every output reading it had said it was done");
            return d;
        }

        public DocumentView view() {
            return view;
        }

        public AssetCollector assets() {
            return assets;
        }

        /**
         * Says that {@code n} outputs will read {@link #doc()}, each calling {@link #done()} once it no longer needs it:
         * the last lets the document go. At x10 a language's print document is a jsoup tree of 6.6 (en) or 8.5 MB (az)
         * of HTML, held otherwise until the build ends, while the other language's PDF is laid out. The count is set
         * where the outputs are chosen ({@code Pipeline.build}): an output reading the document that is not counted
         * there finds it gone.
         */
        public void readers(int n) {
            readers.set(n);
        }

        /** One output no longer reads the document; uncounted documents are kept. */
        public void done() {
            if (readers.get() > 0 && readers.decrementAndGet() == 0) doc.set(null);
        }
    }

    /** Renders {@code print/document.ftlh} and finishes it. */
    public PrintSource prepare(RenderInputs in) {
        AssetCollector assets = new AssetCollector(in.contentRoot(), ImageLimits.of(in.strategy().meta().rules()));
        DocumentView view = OutputViews.build(in, markdown, LinkPolicy.PRINT, assets, templates.viewWords(in.language()));
        Map<String, Object> data = new HashMap<>();
        data.put("doc", view);
        if (in.changes() != null) data.put("changes", in.changes());
        Document doc = DocumentFinisher.parse(templates.render("print/document.ftlh", data));
        OutputViews.markUntranslated(doc, view.meta());
        DocumentFinisher.numberSections(doc, templates.captionWords(view.meta().language()));
        Abbreviations.of(view.apparatus().acronyms()).expandFirstUse(doc);
        ParagraphNumbers.number(doc);
        DocumentFinisher.tidyAnchors(doc);
        DocumentFinisher.fillNavigation(doc);
        return new PrintSource(doc, view, assets);
    }

    /** The archival PDF (PDF/A-2a + PDF/UA-1) of {@code src} into {@code out/pdf}. */
    public Rendered render(RenderInputs in, PrintSource src, OutputFolder out) {
        return render(in, src, out, false);
    }

    /**
     * The archival PDF of {@code src} into {@code out/pdf} and, when {@code review}, the review copy drawn on its pages
     * into {@code out/review} ({@link ReviewPages}: no second layout).
     */
    public Rendered render(RenderInputs in, PrintSource src, OutputFolder out, boolean review) {
        return render(in, src, out, review, null);
    }

    /**
     * What the archival PDF gives the Word copy once it is written: the pictures of its figures cut out of its pages
     * (null when none were asked for), shown where the charts are ({@link #charts(Archival)}).
     */
    public record Archival(Map<String, List<ChartPictures.Picture>> pictures) {
    }

    /**
     * The same; {@code written}, when not null, is told once of the archival PDF and its figures' pictures as soon as the
     * PDF is written (before the review copy), or of null when it could not be written: the Word copy waits for it.
     */
    public Rendered render(RenderInputs in, PrintSource src, OutputFolder out, boolean review,
                           Consumer<Archival> written) {
        Taken taken = take(in, src, review, written != null);
        CompletableFuture<List<Diagnostic>> glyphs = taken.glyphs();
        List<Diagnostic> problems = new ArrayList<>();
        List<Path> reviewFiles = List.of();
        // told at most once: as soon as the figures are cut out (a large document's before its parts are joined), else
        // once the file is written
        AtomicBoolean told = new AtomicBoolean(written == null);
        Consumer<Map<String, List<ChartPictures.Picture>>> pictured = written == null ? null
                : pictures -> { if (told.compareAndSet(false, true)) written.accept(new Archival(pictures)); };
        // the review copy is stamped on its own thread as soon as the archival file is written, while this one cuts
        // the charts out for the Word copy
        AtomicReference<CompletableFuture<List<Path>>> stamping = new AtomicReference<>();
        try {
            Set<String> changed = taken.changed();
            Set<String> figures = taken.figures();
            String html = taken.html();
            Consumer<List<BlockPlace>> saved = !review ? null : places -> stamping.set(CompletableFuture.supplyAsync(
                    () -> stampReview(in, src, html, places, changed, out), work -> DaemonThreads.start("press-review", work)));
            PdfResult archival = write(in, src, html, out.resolve("pdf"), in.pdfName(), true, changed, figures, saved, pictured);
            problems.addAll(archival.diagnostics());
            if (told.compareAndSet(false, true)) written.accept(archival.hasErrors() ? null
                    : new Archival(archival.pictures()));
            if (!archival.hasErrors()) reviewFiles = stamped(stamping.get());
        } finally {
            // a failed render must not leave the stamp writing into the staging folder
            CompletableFuture<List<Path>> stamp = stamping.get();
            if (stamp != null) stamp.handle((files, failure) -> files).join();
            if (told.compareAndSet(false, true)) written.accept(null);
            problems.addAll(0, glyphs.exceptionally(e -> List.of(Rule.PDF_GLYPH.at(
                    SourcePosition.of(templates.set().displayFolder("fonts")), "cannot check the fonts: " + e.getCause()))).join());
        }
        Path dir = out.resolve("pdf").dir();
        List<Path> files = new ArrayList<>(in.perLanguage() ? files(dir, in.pdfName()) : Rendered.of(dir, List.of()).files());
        files.addAll(reviewFiles);
        return new Rendered(files, problems);
    }

    /** What the archival PDF takes from the print document: its HTML, the changed and pictured blocks, the glyph check. */
    private record Taken(String html, Set<String> changed, Set<String> figures, CompletableFuture<List<Diagnostic>> glyphs) {
    }

    /**
     * Takes from the print document what the PDF needs, then says this output is done with it ({@link PrintSource#done()}):
     * the layout that follows reads only the HTML.
     */
    private Taken take(RenderInputs in, PrintSource src, boolean review, boolean pictured) {
        Document doc = src.doc();
        // the glyph check only reads the finished document: it runs beside the PDF engine, not before it
        CompletableFuture<List<Diagnostic>> glyphs = CompletableFuture.supplyAsync(
                () -> missingGlyphs(doc, templates.set()),
                work -> DaemonThreads.start("press-glyph-check", work));
        Taken taken = new Taken(doc.outerHtml(), review ? ReviewCopy.changedKeys(doc, in.changes()) : null,
                pictured ? figureIds(doc) : Set.of(), glyphs);
        src.done();
        return taken;
    }

    /** The review copy's files once its stamp is done (none when it never started); its failure is thrown here. */
    private static List<Path> stamped(CompletableFuture<List<Path>> stamping) {
        if (stamping == null) return List.of();
        try {
            return stamping.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /** The review copy drawn on the archival PDF's pages: {@code review/strategy-VERSION-review.pdf}. */
    private List<Path> stampReview(RenderInputs in, PrintSource src, String html, List<BlockPlace> places, Set<String> changed,
                                   OutputFolder out) {
        Path pdfDir = out.resolve("pdf").dir();
        Path file = out.resolve(ReviewCopy.FOLDER).dir().resolve(ReviewCopy.fileName(in.version()) + ".pdf");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                ReviewPages.write(pdfDir.resolve(in.pdfName() + ".pdf"), places,
                        new ReviewPages.Stamp(ReviewCopy.header(in), changed, pdfDir.resolve(ReviewPages.FONT)),
                        metadata(in, src, false), html, os);
            }
        } catch (IOException | RuntimeException e) {
            throw new RenderException(Rule.OUTPUT.at(SourcePosition.of(file), "cannot write the review copy: " + e.getMessage()));
        }
        return List.of(file);
    }

    /** The ids of the print document's figures: the charts (and pictures) the Word copy cuts out of the PDF. */
    private static Set<String> figureIds(Document doc) {
        Set<String> ids = new LinkedHashSet<>();
        for (Element f : doc.select("figure[id]")) ids.add(f.id());
        return ids;
    }

    /**
     * The pictures of the archival PDF's figures, by id, for the Word copy; none when there is no archival PDF
     * ({@code archival} null) or no figure.
     */
    public Map<String, List<WordCopy.Chart>> charts(Archival archival) {
        if (archival == null || archival.pictures() == null) return Map.of();
        Map<String, List<WordCopy.Chart>> out = new HashMap<>();
        archival.pictures().forEach((id, pictures) -> out.put(id,
                pictures.stream().map(p -> new WordCopy.Chart(p.png(), p.widthPt(), p.heightPt())).toList()));
        return out;
    }

    /** Guards the copies into pdf/ that languages rendered at the same time share. */
    private static final Object SHARED_FILES = new Object();

    /**
     * What one language wrote into the pdf/ folder it shares: its own HTML and PDF, and the shared files (the other
     * language's own are left to it).
     */
    private static List<Path> files(Path dir, String name) {
        return Rendered.of(dir, List.of()).files().stream().filter(f -> {
            String n = f.getFileName().toString();
            boolean own = n.endsWith(".html") || n.endsWith(".pdf");
            return !own || n.startsWith(name + ".");
        }).toList();
    }

    /**
     * The review copy of {@code src} into {@code out/review}: not PDF/A, so that PDF readers let reviewers comment;
     * paragraph numbers in the margin, room to write, change bars, "review copy" with version and commit on every
     * page ({@link ReviewCopy}).
     */
    public Rendered renderReview(RenderInputs in, PrintSource src, OutputFolder out) {
        Document doc = src.doc().clone();
        src.done();
        ReviewCopy.mark(doc, in);
        OutputFolder dir = out.resolve(ReviewCopy.FOLDER);
        List<Diagnostic> problems = write(in, src, doc.outerHtml(), dir, ReviewCopy.fileName(in.version()), false, null, Set.of(), null, null)
                .diagnostics();
        return Rendered.of(dir.dir(), problems);
    }

    /**
     * The Word copy of {@code src} into {@code out/word/strategy-VERSION.docx}, styled by
     * {@code templates/word/reference.docx} (or the shipped one when the templates have none).
     */
    public Rendered renderWord(RenderInputs in, PrintSource src, OutputFolder out) {
        return renderWord(in, src, out, Map::of);
    }

    /** The same, the figures' pictures from {@code charts} (asked for once the text is written). */
    public Rendered renderWord(RenderInputs in, PrintSource src, OutputFolder out,
                               Supplier<Map<String, List<WordCopy.Chart>>> charts) {
        Path dir = out.resolve("word").dir();
        Path reference = templates.set().list("word", ".docx").stream().filter(f -> f.name().endsWith("reference.docx"))
                .map(TemplateSet.Found::file).findFirst().orElse(in.templatesRoot().resolve("word").resolve("reference.docx"));
        Path file = dir.resolve(fileName(in.version()) + ".docx");
        try {
            Files.createDirectories(dir);
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                WordCopy.Words words = WordCopy.Words.of(key -> templates.message(src.view().meta().language(), key));
                WordCopy.write(src::doc, src::done, reference, charts, in.date(), words, os);
            }
        } catch (IOException e) {
            throw new RenderException(Rule.OUTPUT.at(SourcePosition.of(file), "cannot write the Word copy: " + e.getMessage()));
        } catch (RenderException e) {
            throw e;
        } catch (RuntimeException e) {
            // POI's unchecked exceptions: a reference document that is not a readable .docx
            throw new RenderException(Rule.TEMPLATE_ERROR.at(SourcePosition.of(reference),
                    "cannot make the Word copy from this reference document: " + e.getMessage()));
        }
        return Rendered.of(dir, List.of());
    }

    /**
     * Writes the HTML, its stylesheets, fonts and images into {@code pdfDir}, then the PDF made from them; {@code placed}
     * (or null) asks where the numbered blocks and those ids landed, {@code pictured} for the figures to cut out, and
     * {@code cut} (or null) is told their pictures as soon as they are cut out.
     */
    private PdfResult write(RenderInputs in, PrintSource src, String html, OutputFolder pdfDir, String name,
                            boolean archival, Set<String> placed, Set<String> pictured, Consumer<List<BlockPlace>> saved,
                            Consumer<Map<String, List<ChartPictures.Picture>>> cut) {
        Path dir = pdfDir.dir();
        try {
            Files.createDirectories(dir);
            pdfDir.write(name + ".html", html);
            synchronized (SHARED_FILES) {
                for (TemplateSet.Found f : templates.set().list("print", ".css")) pdfDir.copy(f.file(), f.name());
                for (TemplateSet.Found f : templates.set().list("fonts", "")) pdfDir.copy(f.file(), f.name());
                src.assets().copyInto(pdfDir);
            }
            PrintDocument doc = new PrintDocument(html, dir, List.of(dir), metadata(in, src, archival), sources(in, src.assets(), name), archival);
            // PDFBox writes in small pieces: unbuffered, the save made thousands of system calls
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name + ".pdf")), 1 << 16)) {
                PrintDocument asked = placed == null ? doc : doc.withPlaces(placed);
                return pdf.render(pictured.isEmpty() ? asked : asked.withPictures(pictured), os, saved, cut);
            } catch (PdfRenderException e) {
                throw new RenderException(Rule.PDF_ENGINE.error(templateAt(in, DOCUMENT_TEMPLATE),
                        StagedNames.scrub(dir, e.getMessage())));
            }
        } catch (IOException e) {
            throw new RenderException(Rule.OUTPUT.at(SourcePosition.of(dir), "cannot write the PDF: " + e.getMessage()));
        }
    }

    /** The PDF's metadata; a review copy's title says it is one. */
    private static PdfMetadata metadata(RenderInputs in, PrintSource src, boolean archival) {
        var m = src.view().meta();
        return new PdfMetadata(archival ? m.title() : m.title() + " (review copy)",
                String.join(", ", m.preparedBy()), m.subtitle().isEmpty() ? m.title() : m.subtitle(),
                m.country() + ", digital development strategy, " + m.status() + ", version " + m.version(),
                m.language(), in.date(), "strategy-press");
    }

    private static final String DOCUMENT_TEMPLATE = "print/document.ftlh";

    /**
     * Where the print HTML's files come from, for the engine's messages: an image at the first Markdown line
     * placing it (found when a message needs it: the chapters are scanned once, and only then), a stylesheet
     * or font at its template file, the HTML itself at its template.
     */
    private PrintSources sources(RenderInputs in, AssetCollector assets, String name) {
        ImageLimits limits = assets.resolver().limits();
        return new PrintSources() {
            private Map<Path, SourcePosition> placements;

            @Override
            public synchronized SourcePosition locate(String relative) {
                if (relative.equals(name + ".html")) return document();
                if (relative.startsWith("print/") || relative.startsWith("fonts/")) return templateAt(in, relative);
                Path file = assets.source(relative);
                if (file == null) return null;
                if (placements == null)
                    placements = ImagePlacements.firstPlacements(in.strategy(), markdown, assets.resolver());
                SourcePosition at = placements.get(file);
                return at != null ? at : SourcePosition.of(DisplayPaths.of(file));
            }

            @Override
            public SourcePosition document() {
                return templateAt(in, DOCUMENT_TEMPLATE);
            }

            @Override
            public ImageLimits limits() {
                return limits;
            }
        };
    }

    /** A template file as the writer knows it: in the project's templates folder, or the built-in one. */
    private SourcePosition templateAt(RenderInputs in, String relative) {
        return SourcePosition.of(templates.set().displayPath(relative));
    }

    /** Characters no shipped font can draw: the engine would print them as '#'. */
    private static List<Diagnostic> missingGlyphs(Document doc, TemplateSet set) {
        Path fonts = set.displayFolder("fonts");
        try {
            List<Diagnostic> out = new ArrayList<>();
            GlyphCoverage.of(set.list("fonts", "").stream().map(TemplateSet.Found::file).toList()).missing(doc)
                    .forEach((ch, context) -> out.add(Rule.PDF_GLYPH.at(
                    SourcePosition.of(fonts), "no font in templates/fonts can draw "
                            + ch + " (it would print as '#'), first in: \"" + context + "\"; replace the character or add a font that has it")));
            return out;
        } catch (IOException e) {
            return List.of(Rule.PDF_GLYPH.at(SourcePosition.of(fonts), "cannot read the fonts: " + e.getMessage()));
        }
    }

    /** The PDF's file name: strategy-VERSION, with characters unsafe in file names replaced. */
    public static String fileName(String version) {
        return "strategy-" + version.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
