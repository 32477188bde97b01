package org.strategypress.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/**
 * Hundreds of KB of what no writer types but a generated or damaged file holds: raw HTML, comments, long lines,
 * long runs of one character, link titles, directives, YAML values of many groups. Each used to reach a regular
 * expression that recursed once per character or repeated its scan once per opener (a StackOverflowError and a
 * stack trace, or minutes). Now each validates, or exits 1 with errors that all have a file, line and column.
 */
class HugeMarkdownInputTest {

    private static final int N = 300_000;
    private static final String CHAPTER = "content/modules/1-intro/02-huge.md";
    private static final Pattern POSITIONED = Pattern.compile("^\\S+:\\d+:\\d+: (error|warning|info)\\[[a-z-]+\\]: .*");

    @TempDir
    Path dir;

    static Stream<String> chapters() {
        return chapterTexts().keySet().stream();
    }

    static Map<String, String> chapterTexts() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("html comment of 300 KB in a paragraph", "Text <!-- " + "word ".repeat(N / 5) + " --> after.");
        m.put("html comment of 300 KB alone", "<!-- " + "x".repeat(N) + " -->");
        m.put("unclosed html comment", "Text <!-- " + "word ".repeat(N / 5));
        m.put("many html comment openers", "Text " + "<!-- a ".repeat(N / 7));
        m.put("tag with 150,000 attributes", "Text <a" + " b".repeat(N / 2) + "> end");
        m.put("tag alone on its line with 150,000 attributes", "<a" + " b".repeat(N / 2) + ">");
        m.put("many unclosed attribute quotes", "x " + ("<a b=\"" + "a ".repeat(10)).repeat(N / 30));
        m.put("raw html block of 300 KB", "<div>\n" + "<p class=\"x\" id=\"y\">text</p>\n".repeat(N / 30) + "</div>");
        m.put("processing instruction", "Text <?" + "a".repeat(N) + "?> end");
        m.put("cdata", "Text <![CDATA[" + "a".repeat(N) + "]]> end");
        m.put("link title of 300 KB", "[x](u \"" + "a".repeat(N) + "\")");
        m.put("unclosed link title", "[x](u \"" + "a".repeat(N));
        m.put("many unclosed link titles", "[x](u \"a ".repeat(N / 10));
        m.put("link destination in angle brackets", "[x](<" + "a".repeat(N) + ">)");
        m.put("reference with a long title", "[x]: u \"" + "a".repeat(N) + "\"\n\n[x]");
        m.put("spaces inside a link", "[x](" + " ".repeat(N) + "u)");
        m.put("e-mail autolink of 150,000 labels", "<a@" + "b.".repeat(N / 2) + "c>");
        m.put("long line of words", "word ".repeat(N / 5));
        m.put("line of dashes", "-".repeat(N));
        m.put("line of spaced stars", "* ".repeat(N / 2));
        m.put("line of underscores", "_".repeat(N));
        m.put("run of stars", "*".repeat(N));
        m.put("run of backticks", "`".repeat(N));
        m.put("run of opening brackets", "[".repeat(N));
        m.put("nested brackets", "[".repeat(N / 2) + "]".repeat(N / 2));
        m.put("run of less-than signs", "<".repeat(N));
        m.put("run of backslashes", "\\".repeat(N));
        m.put("tag name of 300 KB", "<" + "a".repeat(N));
        m.put("directive with 75,000 arguments", "{{block" + " a=b".repeat(N / 4) + "}}");
        m.put("heading of spaces", "# " + " ".repeat(N) + "x");
        m.put("nested lists on one line", "1. ".repeat(N / 3));
        m.put("table with a long cell", "| a | b |\n|---|---|\n| " + "x".repeat(N) + " | y |");
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chapters")
    void aChapterValidatesOrGivesPositionedErrorsNeverAStackTrace(String name) {
        StrategyFixture strategy = StrategyFixture.in(dir).write(CHAPTER, "# Huge\n\n" + chapterTexts().get(name) + "\n\nAfter.\n");

        long t0 = System.nanoTime();
        CliRun run = strategy.validate();
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertClean(run);
        assertTrue(ms < 60_000, name + " took " + ms + " ms");
    }

    @Test
    void theLongCommentOfTheIssueBuildsTheSiteAndThePdf() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(dir).write(CHAPTER,
                "# Huge\n\nBefore <!-- " + "x".repeat(N) + " --> after.\n\n<!-- " + "y".repeat(N) + " -->\n");

        CliRun run = strategy.press("build", "--content", strategy.content().toString(), "--out", strategy.out().toString());

        assertEquals(0, run.exitCode(), run.err());
        assertClean(run);
        String page = Files.readString(strategy.out().resolve("html/module-1.html"));
        assertTrue(page.contains("Before &lt;!-- xxxx"), "the comment is shown as text, escaped");
        assertTrue(Files.size(strategy.pdf()) > 0);
    }

    @Test
    void aYamlIdOf150000GroupsIsABadIdNotAStackOverflow() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/more-stakeholders.yaml",
                "stakeholders:\n  - id: A" + "-A".repeat(N / 2) + "-\n    name: X\n    type: ministry\n");

        CliRun run = strategy.validate();

        assertEquals(1, run.exitCode(), run.err());
        assertClean(run);
        assertTrue(run.err().contains("more-stakeholders.yaml:2:9: error[bad-id]"), run.err().substring(0, Math.min(400, run.err().length())));
    }

    @Test
    void aLanguageTagOf100000GroupsIsABadValueNotAStackOverflow() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/strategy.yaml",
                StrategyFixture.STRATEGY + "language: en" + "-aa".repeat(N / 3) + "-a\n");

        CliRun run = strategy.validate();

        assertEquals(1, run.exitCode(), run.err());
        assertClean(run);
        assertTrue(run.err().contains("strategy.yaml:5:11: error[bad-value]"), run.err().substring(0, Math.min(400, run.err().length())));
    }

    private static void assertClean(CliRun run) {
        String all = run.out() + run.err();
        assertFalse(all.contains("StackOverflowError") || all.contains("\tat ") || all.contains("Exception"),
                () -> all.substring(0, Math.min(2000, all.length())));
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, () -> "exit " + run.exitCode() + ": " + run.err());
        if (run.exitCode() == 1) {
            List<String> lines = run.err().lines().filter(l -> l.contains(": error[")).toList();
            assertFalse(lines.isEmpty(), run.err());
            for (String l : lines) assertTrue(POSITIONED.matcher(l).matches(), () -> "not positioned: " + l.substring(0, Math.min(200, l.length())));
        }
    }
}
