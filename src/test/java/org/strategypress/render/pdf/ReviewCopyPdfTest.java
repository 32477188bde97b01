package org.strategypress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
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
 * archival PDF of the same build stays PDF/A-2a and PDF/UA-1; qpdf and pdfinfo accept both.
 */
class ReviewCopyPdfTest {

    @TempDir
    Path dir;

    @Test
    void theReviewCopyIsNotPdfAAndCarriesNumbersStampAndChangeBars() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(dir)
                .write("content/modules/1-intro/01-introduction.md", StrategyFixture.CHAPTER + "\nA paragraph that stays.\n");
        ScratchRepo.init(dir).commit("first draft").tag("v1");
        strategy.write("content/modules/1-intro/01-introduction.md", StrategyFixture.CHAPTER
                + "\nA paragraph that stays.\n\nA paragraph added after v1.\n");

        BuildResult r = new Pipeline().build(BuildRequest.of(strategy.content(), Path.of("templates").toAbsolutePath(), dir.resolve("out"))
                .only(Output.withReview()).since("v1"));
        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));

        Path review = r.outputs().stream().filter(p -> p.toString().endsWith("-review.pdf")).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(review);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("pdfaid:part"), "the review copy must make no PDF/A claim");
        assertFalse(raw.contains("/OutputIntents"), "no PDF/A output intent either");
        acceptedByQpdfAndPdfinfo(review);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getDocumentCatalog().getStructureTreeRoot() != null, "still tagged");
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String t = text.getText(pdf);
                assertTrue(t.toLowerCase(java.util.Locale.ROOT).contains("review copy"), "page " + page + ": " + t);
                assertTrue(t.contains(r.info().version()), "page " + page);
            }
            text.setStartPage(1);
            text.setEndPage(pdf.getNumberOfPages());
            String all = text.getText(pdf);
            assertTrue(all.contains("1.1.3"), "paragraph numbers are printed in the margin: " + all);
        }

        Document html = StrategyFixture.parse(review.resolveSibling(review.getFileName().toString().replace(".pdf", ".html")));
        assertEquals("1.1.3", html.selectFirst("#p-1-1-3 > .para-mark").text());
        html.select(".para-mark").remove();
        assertEquals(List.of("A paragraph added after v1."), html.select(".review-changed").eachText());

        Path archival = r.outputs().stream().filter(p -> p.toString().endsWith(".pdf") && !p.toString().endsWith("-review.pdf"))
                .findFirst().orElseThrow();
        byte[] pdfA = Files.readAllBytes(archival);
        assertEquals(List.of(), VeraPdf.failures(pdfA, PDFAFlavour.PDFA_2_A));
        assertEquals(List.of(), VeraPdf.failures(pdfA, PDFAFlavour.PDFUA_1));
        acceptedByQpdfAndPdfinfo(archival);
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
