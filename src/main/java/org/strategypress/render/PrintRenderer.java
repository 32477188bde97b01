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
import org.strategypress.render.html.Abbreviations;
import org.strategypress.render.html.DocumentFinisher;
import org.strategypress.render.html.TemplateEngine;
import org.strategypress.render.html.TemplateSet;
import org.strategypress.render.pdf.GlyphCoverage;
import org.strategypress.render.pdf.PdfMetadata;
import org.strategypress.render.pdf.PdfRenderException;
import org.strategypress.render.pdf.PdfRenderer;
import org.strategypress.render.pdf.PdfResult;
import org.strategypress.render.pdf.PrintDocument;
import org.strategypress.render.pdf.PrintSources;
import org.strategypress.assets.ImageLimits;
import org.strategypress.markdown.ImagePlacements;
import org.strategypress.model.DisplayPaths;
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

    /** The same, reusing the previous build's unchanged HTML, stylesheets, fonts and images. */
    public Rendered render(RenderInputs in, OutputFolder out) {
        OutputFolder pdfDir = out.resolve("pdf");
        Path dir = pdfDir.dir();
        AssetCollector assets = new AssetCollector(in.contentRoot(), org.strategypress.assets.ImageLimits.of(in.strategy().meta().rules()));
        DocumentView view = OutputViews.build(in, markdown, LinkPolicy.PRINT, assets);
        Map<String, Object> data = new java.util.HashMap<>();
        data.put("doc", view);
        if (in.changes() != null) data.put("changes", in.changes());
        Document doc = DocumentFinisher.parse(templates.render("print/document.ftlh", data));
        DocumentFinisher.numberSections(doc);
        Abbreviations.of(view.apparatus().acronyms()).expandFirstUse(doc);
        DocumentFinisher.tidyAnchors(doc);
        DocumentFinisher.fillNavigation(doc);
        String html = doc.outerHtml();
        String name = fileName(in.version());
        // the glyph check only reads the finished document: it runs beside the PDF engine, not before it
        CompletableFuture<List<Diagnostic>> glyphs = CompletableFuture.supplyAsync(
                () -> missingGlyphs(doc, templates.set()),
                work -> DaemonThreads.start("press-glyph-check", work));
        List<Diagnostic> problems = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            pdfDir.write(name + ".html", html);
            for (TemplateSet.Found f : templates.set().list("print", ".css")) pdfDir.copy(f.file(), f.name());
            for (TemplateSet.Found f : templates.set().list("fonts", "")) pdfDir.copy(f.file(), f.name());
            assets.copyInto(pdfDir);
            var m = view.meta();
            PdfMetadata meta = new PdfMetadata(m.title(), String.join(", ", m.preparedBy()),
                    m.subtitle().isEmpty() ? m.title() : m.subtitle(),
                    m.country() + ", digital development strategy, " + m.status() + ", version " + m.version(),
                    m.language(), in.date(), "strategy-press");
            // PDFBox writes in small pieces: unbuffered, the save made thousands of system calls
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name + ".pdf")), 1 << 16)) {
                PdfResult r = pdf.render(new PrintDocument(html, dir, List.of(dir), meta, sources(in, assets, name)), os);
                problems.addAll(r.diagnostics());
            } catch (PdfRenderException e) {
                throw new RenderException(Rule.PDF_ENGINE.error(templateAt(in, DOCUMENT_TEMPLATE),
                        org.strategypress.render.pdf.StagedNames.scrub(dir, e.getMessage())));
            }
        } catch (IOException e) {
            throw new RenderException(Rule.OUTPUT.at(SourcePosition.of(dir), "cannot write the PDF: " + e.getMessage()));
        } finally {
            problems.addAll(0, glyphs.exceptionally(e -> List.of(Rule.PDF_GLYPH.at(
                    SourcePosition.of(templates.set().displayFolder("fonts")), "cannot check the fonts: " + e.getCause()))).join());
        }
        return Rendered.of(dir, problems);
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
