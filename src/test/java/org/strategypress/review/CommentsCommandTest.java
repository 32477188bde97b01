package org.strategypress.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.Output;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/**
 * {@code press comments}: a reviewer's highlight and sticky note written into the review copy by PyMuPDF, and a
 * comment and a tracked insertion made in the Word copy, come back at the chapter's file and line; the
 * comments-response matrix keeps the responses filled in.
 */
class CommentsCommandTest {

    static final String CHAPTER = StrategyFixture.CHAPTER + """

            Fibre reaches most towns but few villages today.

            The ministry will publish a rural broadband plan.
            """;

    @TempDir
    Path dir;

    @Test
    void highlightsAndNotesInTheReviewCopyComeBackAtTheirSourceLines() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")) && python("import fitz").isEmpty(),
                "PyMuPDF is not installed (apt-get install python3-fitz): skipped");
        StrategyFixture strategy = build();
        Path review = single(strategy.out().resolve("review"), ".pdf");
        Path annotated = dir.resolve("reviewed.pdf");
        String err = python("""
                import fitz, sys
                doc = fitz.open(sys.argv[1])
                for page in doc:
                    for quad in page.search_for("few villages today", quads=True):
                        a = page.add_highlight_annot(quad)
                        a.set_info(content="Which villages? Give the figure.", title="A. Reviewer")
                        a.update()
                    for w in ["today", "plan"]:
                        for quad in page.search_for(w, quads=True):
                            a = page.add_highlight_annot(quad)
                            a.set_info(content="Which " + w + "?", title="A. Reviewer")
                            a.update()
                    for r in page.search_for("rural broadband plan"):
                        n = page.add_text_annot(fitz.Point(r.x1 + 5, r.y0 + 2), "By when?")
                        n.set_info(title="B. Reviewer")
                        n.update()
                doc.save(sys.argv[2])
                """, review.toString(), annotated.toString());
        assertEquals("", err);

        CliRun run = githubComments(strategy, annotated);
        String chapter = "modules/1-intro/01-introduction.md";
        assertTrue(run.out().contains(chapter + ",line=8,col=1") && run.out().contains("Which villages? Give the figure.")
                && run.out().contains("few villages today"), run.out());
        assertTrue(run.out().contains(chapter + ",line=10,col=1") && run.out().contains("By when?"), run.out());
        // a highlight of one word, up to the full stop after it: the quote is the word, no letter lost, no stop gained
        assertTrue(run.out().contains("highlight by A. Reviewer on \"today\": Which today?"), run.out());
        assertTrue(run.out().contains("highlight by A. Reviewer on \"plan\": Which plan?"), run.out());
        assertTrue(run.out().contains("review-comment"), run.out());
    }

    @Test
    void commentsAndTrackedChangesInTheWordCopyComeBackAndTheMatrixKeepsResponses() throws Exception {
        StrategyFixture strategy = build();
        Path reviewed = dir.resolve("reviewed.docx");
        try (InputStream in = Files.newInputStream(single(strategy.out().resolve("word"), ".docx"));
             XWPFDocument doc = new XWPFDocument(in)) {
            XWPFParagraph p = doc.getParagraphs().stream().filter(x -> x.getText().contains("few villages")).findFirst().orElseThrow();
            XWPFComment c = doc.createComments().createComment(BigInteger.valueOf(7));
            c.setAuthor("C. Reviewer");
            c.createParagraph().createRun().setText("Source for this?");
            p.getCTP().addNewCommentRangeStart().setId(BigInteger.valueOf(7));
            p.getCTP().addNewCommentRangeEnd().setId(BigInteger.valueOf(7));
            p.getCTP().addNewR().addNewCommentReference().setId(BigInteger.valueOf(7));
            XWPFParagraph q = doc.getParagraphs().stream().filter(x -> x.getText().contains("rural broadband")).findFirst().orElseThrow();
            CTRunTrackChange ins = q.getCTP().addNewIns();
            ins.setId(BigInteger.valueOf(8));
            ins.setAuthor("D. Reviewer");
            ins.setDate(Calendar.getInstance());
            ins.addNewR().addNewT().setStringValue(" by June 2027");
            try (OutputStream out = Files.newOutputStream(reviewed)) {
                doc.write(out);
            }
        }
        Path matrix = dir.resolve("matrix.csv");
        String[] args = {"comments", reviewed.toString(), "--content", strategy.content().toString(),
                "--sourcemap", strategy.out().resolve("data/sourcemap.json").toString(), "--matrix", matrix.toString()};
        CliRun run = strategy.press(args);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("01-introduction.md:8:1: info[review-comment]: [1.1.2] comment by C. Reviewer"), run.err());
        assertTrue(run.err().contains("01-introduction.md:10:1: info[review-change]: [1.1.3] insertion by D. Reviewer")
                && run.err().contains("by June 2027"), run.err());

        List<CommentMatrix.Row> rows = CommentMatrix.read(matrix);
        assertEquals(2, rows.size());
        CommentMatrix.Row first = rows.get(0);
        assertEquals("1.1.2", first.cells().get(0));
        assertEquals("Source for this?", first.cells().get(6));
        Files.writeString(matrix, Files.readString(matrix, StandardCharsets.UTF_8)
                .replace("\"Source for this?\",\"reviewed.docx\",\"\",\"\"", "\"Source for this?\",\"reviewed.docx\",\"ITU 2024, added\",\"accepted\""));
        assertEquals(0, strategy.press(args).exitCode());
        CommentMatrix.Row again = CommentMatrix.read(matrix).get(0);
        assertEquals("ITU 2024, added", again.cells().get(8));
        assertEquals("accepted", again.cells().get(9));
    }

    @Test
    void aCommentOnAnAcronymTheGlossaryOrTheDocumentControlComesBackAtItsYamlLine() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")) && python("import fitz").isEmpty(),
                "PyMuPDF is not installed (apt-get install python3-fitz): skipped");
        StrategyFixture strategy = StrategyFixture.in(dir)
                .write("content/strategy.yaml", StrategyFixture.STRATEGY + """
                        reviews:
                          - {version: "0.1", date: 2026-10-15, by: Ministry of Economy, decision: comments, note: Asks for costs}
                          - {version: "0.2", date: 2026-11-20, by: Cabinet Office, decision: cleared, note: For consultation}
                        """)
                .write("content/terms.yaml", """
                        terms:
                          - id: TERM-GCI
                            term: Global Cybersecurity Index
                            abbr: GCI
                            definition: The cybersecurity index of the International Telecommunication Union.
                          - id: TERM-EGDI
                            term: E-Government Development Index
                            abbr: EGDI
                            definition: The e-government index of the United Nations.
                        """);
        build(strategy);
        Path annotated = dir.resolve("reviewed.pdf");
        String err = python("""
                import fitz, sys
                doc = fitz.open(sys.argv[1])
                for page in doc:
                    for words, note in [("E-Government Development Index", "Spell out UN?"), ("Cabinet Office", "Which office?")]:
                        for quad in page.search_for(words, quads=True):
                            a = page.add_highlight_annot(quad)
                            a.set_info(content=note, title="F. Reviewer")
                            a.update()
                doc.save(sys.argv[2])
                """, single(strategy.out().resolve("review"), ".pdf").toString(), annotated.toString());
        assertEquals("", err);

        CliRun run = githubComments(strategy, annotated);
        // the acronym's abbr: line of terms.yaml (line 8), the review's line of strategy.yaml (line 7)
        assertTrue(run.out().contains("terms.yaml,line=8,col=5") && run.out().contains("Spell out UN?"), run.out());
        assertTrue(run.out().contains("strategy.yaml,line=7,col=5") && run.out().contains("Which office?"), run.out());
        // the same words in the glossary: the term's entry (line 6)
        assertTrue(run.out().contains("terms.yaml,line=6,col=5"), run.out());
        assertTrue(!run.out().contains("could not be placed"), run.out());
    }

    @Test
    void aCommentOnALineOfTheContentsComesBackAtTheHeadingOrTitleItLists() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")) && python("import fitz").isEmpty(),
                "PyMuPDF is not installed (apt-get install python3-fitz): skipped");
        StrategyFixture strategy = build(StrategyFixture.in(dir).write("content/modules/1-intro/01-introduction.md",
                StrategyFixture.CHAPTER + """

                        ## Rural broadband

                        Fibre reaches most towns but few villages today.
                        """));
        Path annotated = dir.resolve("reviewed.pdf");
        String err = python("""
                import fitz, sys
                doc = fitz.open(sys.argv[1])
                page = next(p for p in doc if "Contents" in p.get_text())
                quads = page.search_for("Rural broadband", quads=True)
                assert len(quads) == 1, "the contents line: %d found" % len(quads)
                a = page.add_highlight_annot(quads[0])
                a.set_info(content="Cover the islands too.", title="C. Reviewer")
                a.update()
                title = page.search_for("Introduction", quads=True)
                assert len(title) == 1, "the module's line: %d found" % len(title)
                a = page.add_highlight_annot(title[0])
                a.set_info(content="Rename the module?", title="C. Reviewer")
                a.update()
                doc.save(sys.argv[2])
                """, single(strategy.out().resolve("review"), ".pdf").toString(), annotated.toString());
        assertEquals("", err);

        CliRun run = githubComments(strategy, annotated);
        // the heading's line in the chapter (line 8), not the cover's or the review's in strategy.yaml
        assertTrue(run.out().contains("modules/1-intro/01-introduction.md,line=8,col=1")
                && run.out().contains("Cover the islands too."), run.out());
        // the module's title is its first chapter's: the title: line of its front matter (line 2)
        assertTrue(run.out().contains("modules/1-intro/01-introduction.md,line=2,col=1")
                && run.out().contains("Rename the module?"), run.out());
        assertTrue(!run.out().contains("could not be placed") && !run.err().contains("could not be placed"), run.err() + run.out());
    }

    @Test
    void aCommentThatCannotBePlacedIsListedWithItsPageAndText() throws Exception {
        StrategyFixture strategy = build();
        Path reviewed = dir.resolve("plain.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            pdf.addPage(page);
            var note = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText();
            note.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(100, 700, 20, 20));
            note.setContents("General remark on the whole draft.");
            note.setTitlePopup("E. Reviewer");
            page.getAnnotations().add(note);
            pdf.save(reviewed.toFile());
        }
        CliRun run = strategy.press("comments", reviewed.toString(), "--content", strategy.content().toString(),
                "--sourcemap", strategy.out().resolve("data/sourcemap.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("plain.pdf: info[review-comment]: note by E. Reviewer on page 1 (could not be placed at a paragraph): General remark on the whole draft."), run.err());
    }

    /** {@code press comments --format github} on {@code reviewed} with the strategy's source map, which exits 0. */
    private static CliRun githubComments(StrategyFixture strategy, Path reviewed) {
        CliRun run = strategy.press("comments", reviewed.toString(), "--content", strategy.content().toString(),
                "--sourcemap", strategy.out().resolve("data/sourcemap.json").toString(), "--format", "github");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        return run;
    }

    private StrategyFixture build() {
        return build(StrategyFixture.in(dir).write("content/modules/1-intro/01-introduction.md", CHAPTER));
    }

    private static StrategyFixture build(StrategyFixture strategy) {
        BuildResult r = new Pipeline().build(BuildRequest.of(strategy.content(), Path.of("templates").toAbsolutePath(), strategy.out())
                .only(java.util.EnumSet.of(Output.REVIEW, Output.WORD, Output.DATA)));
        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));
        return strategy;
    }

    private static Path single(Path folder, String ext) throws Exception {
        try (var s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(ext)).findFirst().orElseThrow();
        }
    }

    /** Runs a Python script with Debian's python3 (where python3-fitz lives); returns its stderr. */
    private static String python(String script, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("/usr/bin/python3", "-c", script));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return err.strip();
    }
}
