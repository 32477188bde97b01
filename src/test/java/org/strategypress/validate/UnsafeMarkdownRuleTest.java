package org.strategypress.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Severity;
import org.strategypress.testing.StrategyFixture;

/** unsafe-markdown: raw HTML and script links in Markdown are reported where they are written, once each. */
class UnsafeMarkdownRuleTest {

    private static final String CHAPTER = "content/modules/1-intro/01-introduction.md";

    @TempDir
    Path dir;

    @Test
    void rawHtmlBlockAndInlineHtmlAreEachReportedOnceAtTheirPlace() {
        StrategyFixture strategy = StrategyFixture.in(dir).write(CHAPTER, """
                # Introduction

                <script>alert("x")</script>

                A <b onclick="steal()">bold</b> claim.

                An <i>open tag and a stray </u> one.
                """);

        List<Diagnostic> found = strategy.diagnostics().stream().filter(d -> d.code().equals("unsafe-markdown")).toList();

        assertEquals(4, found.size(), StrategyFixture.describe(strategy.diagnostics()));
        assertTrue(found.stream().allMatch(d -> d.severity() == Severity.WARNING));
        strategy.assertAt(found.get(0), CHAPTER, 3, 1);
        assertTrue(found.get(0).message().contains("raw HTML '<script>alert(\"x\")</script>' is shown as text"), found.get(0).message());
        // an opening tag and its closing tag are one piece of HTML: one message, at the opening tag
        strategy.assertAt(found.get(1), CHAPTER, 5, 3);
        assertTrue(found.get(1).message().contains("raw HTML '<b onclick=\"steal()\">…</b>'"), found.get(1).message());
        // a tag that nothing closes, and a closing tag that closes nothing, each on its own
        strategy.assertAt(found.get(2), CHAPTER, 7, 4);
        assertTrue(found.get(2).message().contains("raw HTML '<i>'"), found.get(2).message());
        strategy.assertAt(found.get(3), CHAPTER, 7, 28);
        assertTrue(found.get(3).message().contains("raw HTML '</u>'"), found.get(3).message());
    }

    @Test
    void tagsParagraphsApartAreReportedEachAtItsPlace() {
        StrategyFixture strategy = StrategyFixture.in(dir).write(CHAPTER, """
                # Introduction

                A <b>claim that runs on

                and a later one</b> here.
                """);

        List<Diagnostic> found = strategy.diagnostics().stream().filter(d -> d.code().equals("unsafe-markdown")).toList();

        assertEquals(2, found.size(), StrategyFixture.describe(strategy.diagnostics()));
        strategy.assertAt(found.get(0), CHAPTER, 3, 3);
        assertTrue(found.get(0).message().contains("raw HTML '<b>'"), found.get(0).message());
        strategy.assertAt(found.get(1), CHAPTER, 5, 16);
        assertTrue(found.get(1).message().contains("raw HTML '</b>'"), found.get(1).message());
    }

    @Test
    void aJavascriptLinkIsReportedAtTheLink() {
        StrategyFixture strategy = StrategyFixture.in(dir).write(CHAPTER, """
                # Introduction

                A [bad link](javascript:alert(1)).
                """);

        Diagnostic d = strategy.single("unsafe-markdown");

        strategy.assertAt(d, CHAPTER, 3, 3);
        assertTrue(d.message().contains("'javascript:alert(1)' uses a scheme that is not allowed"), d.message());
    }
}
