package org.strategypress.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.Output;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/**
 * The Word copy in tools nobody here wrote: a reviewer who works through pandoc (Word to Markdown, a comment and a
 * tracked insertion written in pandoc's Markdown, back to Word) is heard at the chapter's file and line, although
 * pandoc drops the paragraph bookmarks; LibreOffice prints the Word copy with its headings, paragraph numbers and
 * table. Each test is skipped with a message where its tool is not installed.
 */
class ReviewedElsewhereTest {

    private static final String CHAPTER_FILE = "modules/1-intro/01-introduction.md";

    @TempDir
    Path dir;

    @Test
    void aCommentAndAnInsertionMadeWithPandocComeBackAtTheirSourceLines() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pandoc")), "pandoc is not installed (apt-get install pandoc): skipped");
        StrategyFixture strategy = build();
        Path markdown = dir.resolve("reviewed.md");
        run("/usr/bin/pandoc", "-f", "docx", "-t", "markdown", "--wrap=none", wordCopy(strategy).toString(), "-o", markdown.toString());
        String text = Files.readString(markdown, StandardCharsets.UTF_8);
        assertTrue(text.contains("few villages") && text.contains("rural broadband plan"), text);
        Files.writeString(markdown, text
                .replace("few villages", "[Which villages?]{.comment-start id=\"1\" author=\"P. Reviewer\" date=\"2026-12-01T10:00:00Z\"}"
                        + "few villages[]{.comment-end id=\"1\"}")
                .replace("rural broadband plan", "rural broadband plan[ by June 2027]{.insertion author=\"Q. Reviewer\" date=\"2026-12-01T10:05:00Z\"}"),
                StandardCharsets.UTF_8);
        Path reviewed = dir.resolve("reviewed.docx");
        run("/usr/bin/pandoc", "-f", "markdown", "-t", "docx", markdown.toString(), "-o", reviewed.toString());

        CliRun comments = strategy.press("comments", reviewed.toString(), "--content", strategy.content().toString(),
                "--sourcemap", strategy.out().resolve("data/sourcemap.json").toString());

        assertEquals(0, comments.exitCode(), comments.err());
        assertTrue(comments.err().contains(CHAPTER_FILE + ":8:1: info[review-comment]: [1.1.2] comment by P. Reviewer")
                && comments.err().contains("Which villages?"), comments.err());
        assertTrue(comments.err().contains(CHAPTER_FILE + ":10:1: info[review-change]: [1.1.3] insertion by Q. Reviewer")
                && comments.err().contains("by June 2027"), comments.err());
    }

    @Test
    void libreOfficePrintsTheWordCopy() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")) && Files.isExecutable(Path.of("/usr/bin/pdftotext")),
                "LibreOffice or pdftotext is not installed (apt-get install libreoffice-writer-nogui poppler-utils): skipped");
        StrategyFixture strategy = build();
        Path pdfs = dir.resolve("printed");
        run("/usr/bin/soffice", "-env:UserInstallation=" + dir.resolve("office-profile").toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", pdfs.toString(), wordCopy(strategy).toString());
        Path pdf;
        try (var s = Files.list(pdfs)) {
            pdf = s.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        String text = run("/usr/bin/pdftotext", "-layout", pdf.toString(), "-");
        assertTrue(text.contains("1 Introduction"), text);
        assertTrue(text.matches("(?s).*1\\.1\\.2\\s+Fibre reaches most towns but few villages today\\..*"), "paragraph number before its text: " + text);
        assertTrue(text.contains("Maturity") && text.contains("Table 1.1."), "the maturity table and its caption: " + text);
    }

    private StrategyFixture build() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/" + CHAPTER_FILE, CommentsCommandTest.CHAPTER);
        BuildResult r = new Pipeline().build(BuildRequest.of(strategy.content(), Path.of("templates").toAbsolutePath(), strategy.out())
                .only(EnumSet.of(Output.WORD, Output.DATA)));
        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));
        return strategy;
    }

    private static Path wordCopy(StrategyFixture strategy) throws Exception {
        try (var s = Files.list(strategy.out().resolve("word"))) {
            return s.filter(p -> p.toString().endsWith(".docx")).findFirst().orElseThrow();
        }
    }

    /** Runs a program to its end (at most two minutes); returns its output; fails on a non-zero exit. */
    private String run(String... cmd) throws Exception {
        Path log = Files.createTempFile(dir, "tool-", ".log");
        Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", cmd) + " did not end within two minutes");
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + ":\n" + out);
        return out;
    }
}
