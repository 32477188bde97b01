package org.strategypress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strategypress.model.Diagnostic;

/** Renders the fixture strategy print HTML and checks the PDF as a reader and a validator would. */
class PdfRendererTest {

    static final Path TEMPLATES = Path.of("templates").toAbsolutePath();
    static final Instant DATE = Instant.parse("2026-01-15T10:00:00Z");
    static final PdfMetadata META = new PdfMetadata("Rəqəmsal İnkişaf Strategiyası", "Ministry of Digital Development",
            "National digital development strategy", "digital, strategy, Azərbaycan", "az", DATE, "strategy-press test");

    static final PdfRenderer RENDERER = new PdfRenderer();
    static String fixture;
    static byte[] pdf;
    static PdfResult result;
    static String console;
    static List<String> julRecords;

    @BeforeAll
    static void renderFixture() throws IOException {
        fixture = Fixtures.read("fixture-print.html");
        CapturedOutput captured = CapturedOutput.during(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            result = RENDERER.render(doc(fixture, META), out);
            pdf = out.toByteArray();
        });
        console = captured.console();
        julRecords = captured.logRecords();
    }

    static PrintDocument doc(String html, PdfMetadata meta) {
        return new PrintDocument(html, TEMPLATES.resolve("html"), List.of(TEMPLATES), meta);
    }

    @Test
    void fixtureRendersWithoutDiagnostics() {
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void renderPrintsNothing() {
        assertEquals("", console, "render wrote to stdout/stderr");
        assertEquals(List.of(), julRecords, "render logged through java.util.logging");
    }

    @Test
    void metadataTextAndPagesAreThere() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 3, "pages: " + doc.getNumberOfPages());
            assertEquals(doc.getNumberOfPages(), result.pageCount());
            assertEquals(META.title(), doc.getDocumentInformation().getTitle());
            assertEquals(META.author(), doc.getDocumentInformation().getAuthor());
            assertEquals("az", doc.getDocumentCatalog().getLanguage());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains(META.title()) && xmp.contains("2026-01-15T10:00:00+00:00"), xmp);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Rəqəmsal İnkişaf"), "Azerbaijani text missing");
            assertTrue(text.contains("ğ ı İ ö ş ç ü Ə"), "Azerbaijani letters missing");
            assertTrue(text.contains("page 2 of " + doc.getNumberOfPages()), "footer missing");
            assertTrue(text.contains("Version 0.3.0 · DRAFT"), "meta line missing");
            assertTrue(text.contains("Table 1. Initiatives and budget"), "numbered caption missing");
            assertTrue(text.contains("Initiative 120"), "last table row missing");
        }
    }

    @Test
    void coverHasNoHeaderOrFooter() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(doc);
            assertFalse(cover.contains("page 1 of"), cover);
            assertFalse(cover.contains("Version 0.3.0 · DRAFT\n"), cover);
        }
    }

    @Test
    void internalLinksAreGoToDestinations() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int internal = 0;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link)) continue;
                    assertFalse(link.getAction() instanceof PDActionURI, "a #link became a URI action");
                    if (link.getDestination() != null || link.getAction() instanceof PDActionGoTo) internal++;
                }
            }
            assertTrue(internal >= 8, "internal links found: " + internal);
            assertNotNull(doc.getDocumentCatalog().getDocumentOutline(), "bookmarks missing");
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<String> fonts = new HashSet<>();
            for (PDPage page : doc.getPages()) collectFonts(page.getResources(), fonts, new HashSet<>());
            assertFalse(fonts.isEmpty());
            assertTrue(fonts.stream().noneMatch(f -> f.startsWith("NOT EMBEDDED")), fonts.toString());
        }
    }

    private static void collectFonts(PDResources res, Set<String> out, Set<COSName> seenForms) throws IOException {
        if (res == null) return;
        for (COSName name : res.getFontNames()) {
            PDFont font = res.getFont(name);
            out.add((font.isEmbedded() ? "" : "NOT EMBEDDED ") + font.getName());
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDFormXObject form && seenForms.add(name)) collectFonts(form.getResources(), out, seenForms);
        }
    }

    @Test
    void sameInputAndDateGiveTheSameBytes() {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        RENDERER.render(doc(fixture, META), again);
        assertArrayEquals(pdf, again.toByteArray(), "second render with the same renderer differs");
        ByteArrayOutputStream fresh = new ByteArrayOutputStream();
        new PdfRenderer().render(doc(fixture, META), fresh);
        assertArrayEquals(pdf, fresh.toByteArray(), "render with a new renderer differs");
    }

    @Test
    void passesVeraPdfForPdfUa1AndPdfA2a() {
        List<String> ua = VeraPdf.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1);
        List<String> pdfa = VeraPdf.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A);
        assertEquals(List.of(), ua, "PDF/UA-1 failures:\n" + String.join("\n", ua));
        assertEquals(List.of(), pdfa, "PDF/A-2A failures:\n" + String.join("\n", pdfa));
    }

    @Test
    void letterClassSwitchesThePageSize() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(doc(fixture.replace("<html lang=\"az\" class=\"draft\">", "<html lang=\"az\" class=\"draft letter\">"), META), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertEquals(612, Math.round(doc.getPage(0).getMediaBox().getWidth()));
            assertEquals(792, Math.round(doc.getPage(3).getMediaBox().getHeight()));
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(595, Math.round(doc.getPage(0).getMediaBox().getWidth()), "A4 by default");
        }
    }

    @Test
    void veraPdfCatchesANonConformingFile() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(plain);
        }
        assertFalse(VeraPdf.failures(plain.toByteArray(), org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A).isEmpty());
        assertFalse(VeraPdf.failures(plain.toByteArray(), org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1).isEmpty());
    }

    /** What a render printed to stdout/stderr and logged through java.util.logging. */
    record CapturedOutput(String console, List<String> logRecords) {
        static CapturedOutput during(Runnable action) {
            PrintStream oldOut = System.out;
            PrintStream oldErr = System.err;
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
            List<String> records = new ArrayList<>();
            Handler handler = new Handler() {
                @Override public void publish(LogRecord r) {
                    if (r.getLevel().intValue() >= Level.INFO.intValue()) records.add(r.getLoggerName() + ": " + r.getMessage());
                }
                @Override public void flush() { }
                @Override public void close() { }
            };
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
            System.setOut(capture);
            System.setErr(capture);
            try {
                action.run();
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
                root.removeHandler(handler);
            }
            return new CapturedOutput(buffer.toString(StandardCharsets.UTF_8), List.copyOf(records));
        }
    }

    static List<Diagnostic> errors(PdfResult r) {
        return r.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    /** Backgrounds refer to one list per page size; the other lists (page numbers) are written inside their pages. */
    @Test
    void artifactsPropertyListsAreInsideTheirPagesOrTheOneBackgroundList() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int inPages = 0;
            java.util.Set<Object> shared = new java.util.HashSet<>();
            java.util.Set<String> sizes = new java.util.HashSet<>();
            for (PDPage page : doc.getPages()) {
                sizes.add(page.getCropBox().toString());
                var props = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                if (props == null) continue;
                for (COSName name : props.keySet()) {
                    if (props.getItem(name) instanceof COSObject o) {
                        assertEquals(COSName.BACKGROUND, ((COSDictionary) o.getObject()).getCOSName(COSName.TYPE),
                                "property list " + name.getName() + " is a reference to an object of its own");
                        shared.add(o.getKey());
                    } else {
                        inPages++;
                    }
                }
            }
            assertTrue(inPages > 0, "the fixture's pages mark page numbers as artifacts");
            assertTrue(!shared.isEmpty() && shared.size() <= sizes.size(), "one background list per page size: " + shared);
        }
    }
}
