package org.strategypress.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.review.ReviewComments;
import org.strategypress.review.SourceMap;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/**
 * Reviewed files come from outside: zip bombs, XML entities, deep nesting, huge images, broken cross-reference
 * tables, encrypted files and slow files each give one clear review-file error within a bounded time, never a
 * stack trace, and nothing is written outside the folder asked for.
 */
class HostileReviewFilesTest {

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    @TempDir
    Path dir;

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws Exception {
        Path bomb = docx("bomb.docx", "<w:document " + W + "><w:body><w:p><w:r><w:t>" + "a".repeat(30_000_000)
                + "</w:t></w:r></w:p></w:body></w:document>");
        assertTrue(Files.size(bomb) < 1_000_000, "the test file is small on disk");
        assertOneError(bomb, "bomb.docx");
    }

    @Test
    void xmlEntitiesAreNotExpandedNorResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        Path xxe = docx("xxe.docx", "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY s SYSTEM \"" + secret.toUri()
                + "\"><!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<w:document " + W + "><w:body><w:p><w:r><w:t>&s;&c;</w:t></w:r></w:p></w:body></w:document>");
        String out = assertOneError(xxe, "xxe.docx");
        assertFalse(out.contains("TOP-SECRET-VALUE"), out);
    }

    @Test
    void deepNestingIsABoundedError() throws Exception {
        int depth = 200_000;
        Path deep = docx("deep.docx", "<w:document " + W + "><w:body><w:p>" + "<w:hyperlink>".repeat(depth)
                + "</w:hyperlink>".repeat(depth) + "</w:p></w:body></w:document>");
        assertBounded(deep);
    }

    @Test
    void aPdfWithAHugeImageIsReadWithoutDecodingIt() throws Exception {
        Path pdf = dir.resolve("huge-image.pdf");
        String body = "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</XObject<</Im1 4 0 R>>>>/Contents 5 0 R/Annots[6 0 R]>>endobj\n"
                + "4 0 obj<</Type/XObject/Subtype/Image/Width 100000/Height 100000/ColorSpace/DeviceRGB/BitsPerComponent 8/Length 10>>stream\n0123456789\nendstream endobj\n"
                + "5 0 obj<</Length 28>>stream\nq 612 0 0 792 0 0 cm /Im1 Do Q\nendstream endobj\n"
                + "6 0 obj<</Type/Annot/Subtype/Text/Rect[100 700 120 720]/Contents(Look here)/T(F. Reviewer)>>endobj\n"
                + "trailer<</Root 1 0 R/Size 7>>\n%%EOF\n";
        Files.writeString(pdf, "%PDF-1.7\n" + body, StandardCharsets.ISO_8859_1);
        CliRun run = comments(pdf);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("note by F. Reviewer on page 1"), run.err());
    }

    @Test
    void brokenCrossReferencesAreRepairedOrAClearError() throws Exception {
        Path good = annotatedPdf("good.pdf", 1);
        byte[] bytes = Files.readAllBytes(good);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("startxref");
        Path broken = Files.write(dir.resolve("broken-xref.pdf"), (text.substring(0, at) + "startxref\n999999\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        CliRun repaired = comments(broken);
        assertEquals(0, repaired.exitCode(), repaired.err());
        assertTrue(repaired.err().contains("G. Reviewer"), repaired.err());

        Path truncated = Files.write(dir.resolve("truncated.pdf"), java.util.Arrays.copyOf(bytes, 40));
        assertOneError(truncated, "truncated.pdf");
    }

    @Test
    void aPdfCutShortIsAnErrorNotAFileWithoutComments() throws Exception {
        byte[] bytes = Files.readAllBytes(annotatedPdf("whole.pdf", 1));
        // the reviewer's note is in the update at the end; PDFBox's repairs read the first half as a whole file
        Path cut = Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String err = assertOneError(cut, "cut.pdf");
        assertTrue(err.contains("cut short"), err);
    }

    @Test
    void anEncryptedPdfAsksForAnUnprotectedCopy() throws Exception {
        Path pdf = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(pdf.toFile());
        }
        String err = assertOneError(pdf, "locked.pdf");
        assertTrue(err.contains("encrypted with a password"), err);
    }

    @Test
    void aFileThatTakesTooLongIsStoppedAtTheDeadline() throws Exception {
        Path many = annotatedPdf("many.pdf", 3000);
        long t0 = System.nanoTime();
        ReviewComments.Result r = ReviewComments.read(List.of(many), new SourceMap("v", "c", List.of(), java.util.Map.of()), dir,
                Duration.ofMillis(50));
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 5_000, "stopped near the deadline");
        List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().contains("took longer than"), errors.get(0).message());
    }

    @Test
    void aZipWithPathsLeavingTheFolderWritesNothingOutsideIt() throws Exception {
        Path slip = dir.resolve("sub").resolve("slip.docx");
        Files.createDirectories(slip.getParent());
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(slip))) {
            entry(z, "[Content_Types].xml", CONTENT_TYPES);
            entry(z, "_rels/.rels", RELS);
            entry(z, "word/document.xml", "<w:document " + W + "><w:body><w:p/></w:body></w:document>");
            entry(z, "../../escaped.txt", "should never be written");
        }
        comments(slip);
        assertFalse(Files.exists(dir.resolve("escaped.txt")));
        assertFalse(Files.exists(dir.getParent().resolve("escaped.txt")));
        try (var files = Files.walk(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().equals("escaped.txt")));
        }
    }

    /** Runs press comments on {@code file}; asserts one review-file error naming it, exit 1, no stack trace. */
    private String assertOneError(Path file, String name) throws Exception {
        CliRun run = assertBounded(file);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("error[review-file]") && run.err().contains(name), run.err());
        return run.err() + run.out();
    }

    private CliRun assertBounded(Path file) throws Exception {
        long t0 = System.nanoTime();
        CliRun run = comments(file);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 30_000, "took " + ms + " ms");
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception in thread"), run.err());
        assertTrue(run.exitCode() == 0 || run.err().contains("error[review-file]"), run.err());
        return run;
    }

    private CliRun comments(Path file) throws Exception {
        StrategyFixture strategy = StrategyFixture.in(dir.resolve("strategy"));
        Path map = new SourceMap("v1", "abc", List.of(), java.util.Map.of()).write(dir.resolve("map"));
        return strategy.press("comments", file.toString(), "--content", strategy.content().toString(),
                "--sourcemap", map.toString(), "--deadline-seconds", "20");
    }

    private Path docx(String name, String documentXml) throws Exception {
        Path f = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            entry(z, "[Content_Types].xml", CONTENT_TYPES);
            entry(z, "_rels/.rels", RELS);
            entry(z, "word/document.xml", documentXml);
        }
        return f;
    }

    private static void entry(ZipOutputStream z, String name, String text) throws Exception {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    private Path annotatedPdf(String name, int pages) throws Exception {
        Path f = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                PDAnnotationText note = new PDAnnotationText();
                note.setRectangle(new PDRectangle(100, 700, 20, 20));
                note.setContents("Note " + i);
                note.setTitlePopup("G. Reviewer");
                page.getAnnotations().add(note);
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                doc.save(out);
            }
        }
        return f;
    }
}
