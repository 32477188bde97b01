package org.strategypress.render;

import org.strategypress.model.Rule;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jsoup.nodes.Document;
import org.strategypress.concurrent.DaemonThreads;
import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.SourcePosition;
import org.strategypress.render.html.DocumentFinisher;
import org.strategypress.render.html.TemplateEngine;
import org.strategypress.render.html.TemplateSet;
import org.strategypress.render.pdf.GlyphCoverage;
import org.strategypress.render.pdf.PdfMetadata;
import org.strategypress.render.pdf.PdfRenderException;
import org.strategypress.render.pdf.PdfRenderer;
import org.strategypress.render.pdf.PdfResult;
import org.strategypress.render.pdf.PrintDocument;
import org.strategypress.render.view.DocumentView;
import org.strategypress.render.view.LinkPolicy;

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
        OutputFolder pdfDir = out.resolve("pdf");
        Path dir = pdfDir.dir();
        AssetCollector assets = new AssetCollector(in.contentRoot());
        DocumentView view = OutputViews.build(in, markdown, LinkPolicy.PRINT, assets);
        Map<String, Object> data = new java.util.HashMap<>();
        data.put("doc", view);
        if (in.changes() != null) data.put("changes", in.changes());
        Document doc = DocumentFinisher.parse(templates.render("print/document.ftlh", data));
        OutputViews.markUntranslated(doc, view.meta());
        DocumentFinisher.numberSections(doc);
        DocumentFinisher.tidyAnchors(doc);
        DocumentFinisher.fillNavigation(doc);
        String html = doc.outerHtml();
        String name = in.pdfName();
        // the glyph check only reads the finished document: it runs beside the PDF engine, not before it
        CompletableFuture<List<Diagnostic>> glyphs = CompletableFuture.supplyAsync(
                () -> missingGlyphs(doc, templates.set()),
                work -> DaemonThreads.start("press-glyph-check", work));
        List<Diagnostic> problems = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            pdfDir.write(name + ".html", html);
            synchronized (SHARED_FILES) {
                for (TemplateSet.Found f : templates.set().list("print", ".css")) pdfDir.copy(f.file(), f.name());
                for (TemplateSet.Found f : templates.set().list("fonts", "")) pdfDir.copy(f.file(), f.name());
                assets.copyInto(pdfDir);
            }
            var m = view.meta();
            PdfMetadata meta = new PdfMetadata(m.title(), String.join(", ", m.preparedBy()),
                    m.subtitle().isEmpty() ? m.title() : m.subtitle(),
                    m.country() + ", digital development strategy, " + m.status() + ", version " + m.version(),
                    m.language(), in.date(), "strategy-press");
            // PDFBox writes in small pieces: unbuffered, the save made thousands of system calls
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name + ".pdf")), 1 << 16)) {
                PdfResult r = pdf.render(new PrintDocument(html, dir, List.of(dir), meta), os);
                problems.addAll(r.diagnostics());
            } catch (PdfRenderException e) {
                throw new RenderException(Rule.PDF_ENGINE.at(SourcePosition.of(dir.resolve(name + ".html")), e.getMessage()));
            }
        } catch (IOException e) {
            throw new RenderException(Rule.OUTPUT.at(SourcePosition.of(dir), "cannot write the PDF: " + e.getMessage()));
        } finally {
            problems.addAll(0, glyphs.exceptionally(e -> List.of(Rule.PDF_GLYPH.at(
                    SourcePosition.of(templates.set().displayFolder("fonts")), "cannot check the fonts: " + e.getCause()))).join());
        }
        return in.perLanguage() ? new Rendered(files(dir, name), problems) : Rendered.of(dir, problems);
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
