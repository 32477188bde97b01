package org.strategypress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.testing.StrategyFixture;

/** Chapters that cannot be read: one error at the chapter, no exception, the other chapters still checked. */
class BadChapterInputTest {

    private static final String BAD = "content/modules/1-intro/02-context.md";

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeStrategyWithABrokenLinkInTheFirstChapter() {
        strategy = StrategyFixture.in(dir).write("content/modules/1-intro/01-introduction.md", """
                # Introduction

                See [[NOPE]].
                """);
    }

    private Diagnostic oneErrorIn(String code, int line, int column) {
        List<Diagnostic> all = strategy.diagnostics();
        List<Diagnostic> here = all.stream()
                .filter(d -> d.at().file().toAbsolutePath().normalize().equals(strategy.file(BAD))).toList();
        assertEquals(1, here.size(), () -> StrategyFixture.describe(all));
        Diagnostic d = here.get(0);
        assertEquals(code, d.code(), d::toString);
        strategy.assertAt(d, BAD, line, column);
        assertTrue(all.stream().anyMatch(x -> x.code().equals("broken-link")),
                () -> "the other chapter was not checked:\n" + StrategyFixture.describe(all));
        return d;
    }

    @Test
    void aBinaryChapterIsReported() {
        strategy.writeBytes(BAD, new byte[] {'#', ' ', 'C', 0, 1, 2, (byte) 0xff});

        Diagnostic d = oneErrorIn("bad-value", 1, 1);

        assertTrue(d.message().contains("not UTF-8 text"), d.message());
    }

    @Test
    void aChapterInLatin1IsReported() {
        strategy.writeBytes(BAD, new byte[] {'#', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});

        oneErrorIn("bad-value", 1, 1);
    }

    @Test
    void frontMatterWithoutItsClosingLineIsReported() {
        strategy.write(BAD, """
                ---
                title: Context

                # Context
                """);

        Diagnostic d = oneErrorIn("yaml-syntax", 1, 1);

        assertTrue(d.message().contains("no closing '---'"), d.message());
    }

    @Test
    void aTabInFrontMatterIsReportedOnItsLineInTheChapter() {
        strategy.write(BAD, """
                ---
                title: Context
                \torder: 2
                ---
                # Context
                """);

        oneErrorIn("yaml-syntax", 3, 1);
    }

    @Test
    void anUnknownFrontMatterFieldIsReportedOnItsLineInTheChapter() {
        strategy.write(BAD, """
                ---
                title: Context
                ordre: 2
                ---
                # Context
                """);

        Diagnostic d = oneErrorIn("unknown-field", 3, 1);

        assertTrue(d.message().contains("(did you mean 'order'?)"), d.message());
    }
}
