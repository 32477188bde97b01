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

/** unsafe-markdown: raw HTML and script links in Markdown are reported where they are written. */
class UnsafeMarkdownRuleTest {

    private static final String CHAPTER = "content/modules/1-intro/01-introduction.md";

    @TempDir
    Path dir;

    @Test
    void rawHtmlBlockAndInlineHtmlAreEachReportedAtTheirPlace() {
        StrategyFixture strategy = StrategyFixture.in(dir).write(CHAPTER, """
                # Introduction

                <script>alert("x")</script>

                A <b onclick="steal()">bold</b> claim.
                """);

        List<Diagnostic> found = strategy.diagnostics().stream().filter(d -> d.code().equals("unsafe-markdown")).toList();

        assertEquals(3, found.size(), StrategyFixture.describe(strategy.diagnostics()));
        assertTrue(found.stream().allMatch(d -> d.severity() == Severity.WARNING));
        strategy.assertAt(found.get(0), CHAPTER, 3, 1);
        assertTrue(found.get(0).message().contains("raw HTML '<script>alert(\"x\")</script>' is shown as text"), found.get(0).message());
        strategy.assertAt(found.get(1), CHAPTER, 5, 3);
        strategy.assertAt(found.get(2), CHAPTER, 5, 28);
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
