package org.strategypress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import java.awt.image.BufferedImage;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.Output;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.testing.ScratchRepo;
import org.strategypress.testing.StrategyFixture;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The review copy: the same document, not PDF/A (so that Acrobat lets reviewers comment), paragraph numbers in the
 * margin, "Review copy" with version and commit on every page, change bars beside what changed since --since; the
 * archival PDF of the same build stays PDF/A-2a and PDF/UA-1; qpdf and pdfinfo accept both. By default it is drawn on
 * the archival PDF's pages; {@code review_copy: {layout: spaced}} lays it out again with room to write.
 */
class ReviewCopyPdfTest {

    @TempDir
    Path dir;

    @Test
    void theReviewCopyIsDrawnOnTheArchivalPagesWithNumbersStampAndChangeBars() throws Exception {
        BuildResult r = buildWithAChangeSinceV1("");
        Path review = output(r, "-review.pdf");
        Path archival = r.outputs().stream().filter(p -> p.toString().endsWith(".pdf") && !p.toString().endsWith("-review.pdf"))
                .findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(review);
        byte[] pdfA = Files.readAllBytes(archival);
        assertTrue(Arrays.equals(pdfA, 0, pdfA.length, bytes, 0, pdfA.length),
                "the review copy is an incremental update of the archival PDF: its first revision is that file");
        acceptedByQpdfAndPdfinfo(review);
        theUpdateHoldsOnlyThePagesAndTheirMarks(pdfA, bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertFalse(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8).contains("pdfaid"),
                    "the review copy's metadata makes no PDF/A claim");
            assertNull(pdf.getDocumentCatalog().getCOSObject().getItem(COSName.OUTPUT_INTENTS), "no PDF/A output intent either");
            assertTrue(pdf.getDocumentCatalog().getStructureTreeRoot() != null, "still tagged");
            everyPageSaysReviewCopy(pdf, r.info().version());
            assertTrue(new PDFTextStripper().getText(pdf).contains("1.1.3"), "paragraph numbers are printed in the margin");
            int page = pageWith(pdf, "A paragraph added after v1.");
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page, 144);
            assertTrue(redBesideLine(pdf, page, image, "A paragraph added after v1."), "a change bar beside the added paragraph");
            assertFalse(redBesideLine(pdf, page, image, "A paragraph that stays."), "no change bar beside the one that stays");
        }
        assertEquals(List.of(), VeraPdf.failures(pdfA, PDFAFlavour.PDFA_2_A));
        assertEquals(List.of(), VeraPdf.failures(pdfA, PDFAFlavour.PDFUA_1));
        acceptedByQpdfAndPdfinfo(archival);
    }

    @Test
    void aSpacedReviewCopyIsLaidOutAgainWithRoomToWrite() throws Exception {
        BuildResult r = buildWithAChangeSinceV1("review_copy: {layout: spaced}\n");
        Path review = output(r, "-review.pdf");
        String raw = new String(Files.readAllBytes(review), StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("pdfaid:part"), "the review copy must make no PDF/A claim");
        assertFalse(raw.contains("/OutputIntents"), "no PDF/A output intent either");
        acceptedByQpdfAndPdfinfo(review);
        try (PDDocument pdf = Loader.loadPDF(review.toFile())) {
            everyPageSaysReviewCopy(pdf, r.info().version());
            assertTrue(new PDFTextStripper().getText(pdf).contains("1.1.3"), "paragraph numbers are printed in the margin");
        }
        Document html = StrategyFixture.parse(review.resolveSibling(review.getFileName().toString().replace(".pdf", ".html")));
        assertEquals("1.1.3", html.selectFirst("#p-1-1-3 > .para-mark").text());
        html.select(".para-mark").remove();
        assertEquals(List.of("A paragraph added after v1."), html.select(".review-changed").eachText());
    }

    /**
     * The update written after the archival file (which {@link SparseIncrement} writes reading only what it refers to)
     * holds the pages' dictionaries, their marks and the catalog, and refers to the archival objects for everything else:
     * each review page shows its archival page's text, the outline and the tagged structure are the archival ones, and
     * no archival object was written again under a new number.
     */
    private static void theUpdateHoldsOnlyThePagesAndTheirMarks(byte[] archival, byte[] review) throws Exception {
        try (PDDocument a = Loader.loadPDF(archival); PDDocument r = Loader.loadPDF(review)) {
            assertEquals(a.getNumberOfPages(), r.getNumberOfPages());
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= a.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String reviewText = text.getText(r);
                for (String word : text.getText(a).split("\\s+"))
                    assertTrue(reviewText.contains(word), "page " + page + " of the review copy lacks '" + word + "'");
                float widened = r.getPage(page - 1).getMediaBox().getWidth() - a.getPage(page - 1).getMediaBox().getWidth();
                assertEquals(ReviewPages.WRITING_MARGIN, widened, 0.01f, "page " + page + " has the band to write in");
            }
            assertEquals(a.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getKey(),
                    r.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getKey(), "the archival structure tree");
            assertEquals(a.getDocumentCatalog().getDocumentOutline().getCOSObject().getKey(),
                    r.getDocumentCatalog().getDocumentOutline().getCOSObject().getKey(), "the archival outline");
        }
        String update = new String(review, archival.length, review.length - archival.length, StandardCharsets.ISO_8859_1);
        long objects = java.util.regex.Pattern.compile("(?m)^\\d+ 0 obj").matcher(update).results().count();
        try (PDDocument a = Loader.loadPDF(archival)) {
            int pages = a.getNumberOfPages();
            // per page: its dictionary, its resources, two q/Q streams and the marks; then catalog, info, metadata, font
            assertTrue(objects <= 5L * pages + 20, objects + " objects in the update of a " + pages + "-page file");
        }
    }

    /** A strategy tagged v1, then a paragraph added; built with the review copy since v1. */
    private BuildResult buildWithAChangeSinceV1(String strategyLines) throws Exception {
        StrategyFixture strategy = StrategyFixture.in(dir)
                .write("content/strategy.yaml", StrategyFixture.STRATEGY + strategyLines)
                .write("content/modules/1-intro/01-introduction.md", StrategyFixture.CHAPTER + "\nA paragraph that stays.\n");
        ScratchRepo.init(dir).commit("first draft").tag("v1");
        strategy.write("content/modules/1-intro/01-introduction.md", StrategyFixture.CHAPTER
                + "\nA paragraph that stays.\n\nA paragraph added after v1.\n");
        BuildResult r = new Pipeline().build(BuildRequest.of(strategy.content(), Path.of("templates").toAbsolutePath(), dir.resolve("out"))
                .only(Output.withReview()).since("v1"));
        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));
        return r;
    }

    private static Path output(BuildResult r, String ending) {
        return r.outputs().stream().filter(p -> p.toString().endsWith(ending)).findFirst().orElseThrow();
    }

    private static void everyPageSaysReviewCopy(PDDocument pdf, String version) throws Exception {
        PDFTextStripper text = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            text.setStartPage(page);
            text.setEndPage(page);
            String t = text.getText(pdf);
            assertTrue(t.toLowerCase(java.util.Locale.ROOT).contains("review copy"), "page " + page + ": " + t);
            assertTrue(t.contains(version), "page " + page);
        }
    }

    /** The 0-based page whose text has {@code line}. */
    private static int pageWith(PDDocument pdf, String line) throws Exception {
        PDFTextStripper text = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            text.setStartPage(page);
            text.setEndPage(page);
            if (text.getText(pdf).contains(line)) return page - 1;
        }
        throw new AssertionError("no page has: " + line);
    }

    /** True when the strip left of {@code line}'s first letter (up to 12 points) has a red pixel at its height (144 dpi). */
    private static boolean redBesideLine(PDDocument pdf, int page, BufferedImage image, String line) throws Exception {
        List<TextPosition> glyphs = new java.util.ArrayList<>();
        PDFTextStripper finder = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                glyphs.addAll(positions);
            }
        };
        finder.setStartPage(page + 1);
        finder.setEndPage(page + 1);
        finder.getText(pdf);
        StringBuilder letters = new StringBuilder();
        glyphs.forEach(g -> letters.append(g.getUnicode()));
        int i = letters.indexOf(line);
        assertTrue(i >= 0, "line not found: " + line);
        float[] at = {glyphs.get(i).getXDirAdj(), glyphs.get(i).getYDirAdj()};
        for (int x = Math.max(0, (int) at[0] - 12) * 2; x < ((int) at[0] - 1) * 2; x++)
            for (int y = ((int) at[1] - 6) * 2; y <= (int) at[1] * 2; y++) {
                int rgb = image.getRGB(x, y);
                int red = (rgb >> 16) & 0xff, green = (rgb >> 8) & 0xff, blue = rgb & 0xff;
                if (red > 150 && red - green > 80 && red - blue > 80) return true;
            }
        return false;
    }

    /**
     * Tools nobody here wrote read the file without a warning: {@code qpdf --check} (exit 0: it exits 3 on warnings
     * such as an xref stream that leaves itself out) and {@code pdfinfo} (no PDF/A claim in its metadata for the review
     * copy). Skipped with a message where qpdf or poppler-utils is not installed.
     */
    private static void acceptedByQpdfAndPdfinfo(Path pdf) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/qpdf")) && Files.isExecutable(Path.of("/usr/bin/pdfinfo")),
                "qpdf or pdfinfo is not installed (apt-get install qpdf poppler-utils): skipped");
        Tool qpdf = Tool.run("/usr/bin/qpdf", "--check", pdf.toString());
        assertEquals(0, qpdf.exit(), qpdf.output());
        assertTrue(qpdf.output().contains("No syntax or stream encoding errors found"), qpdf.output());
        Tool info = Tool.run("/usr/bin/pdfinfo", pdf.toString());
        assertEquals(0, info.exit(), info.output());
        assertTrue(info.output().contains("Tagged:          yes") && info.output().matches("(?s).*Pages: +[1-9].*"), info.output());
        Tool xmp = Tool.run("/usr/bin/pdfinfo", "-meta", pdf.toString());
        assertEquals(0, xmp.exit(), xmp.output());
        boolean review = pdf.getFileName().toString().endsWith("-review.pdf");
        assertEquals(!review, xmp.output().contains("pdfaid:part"), "a PDF/A claim only in the archival PDF:\n" + xmp.output());
    }

    /** An external program's exit code and its output (stdout and stderr together). */
    private record Tool(int exit, String output) {
        static Tool run(String... cmd) throws Exception {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), String.join(" ", cmd) + " did not end");
            return new Tool(p.exitValue(), out);
        }
    }
}
