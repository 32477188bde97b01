package org.strategypress.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.markdown.RenderContext;
import org.strategypress.model.Diagnostic;
import org.strategypress.testing.StrategyFixture;

/** Markdown a writer could paste by mistake never hangs or crashes the build. */
class MarkdownLimitsTest {

    @TempDir
    Path dir;

    private List<Diagnostic> chapter(String body) throws Exception {
        StrategyFixture f = StrategyFixture.in(dir);
        f.write("content/modules/1-intro/02-deep.md", "---\ntitle: Deep\n---\n" + body);
        return f.check(false).diagnostics();
    }

    @Test
    void twentyThousandNestedBlockQuotesAreAnErrorAtTheirLineNotAStackOverflow() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            List<Diagnostic> ds = chapter("Intro line.\n\n" + "> ".repeat(20_000) + "deep\n");
            Diagnostic d = ds.stream().filter(x -> x.code().equals("markdown-limit")).findFirst().orElseThrow();
            assertEquals(6, d.at().line());
            assertTrue(d.at().file().toString().endsWith("02-deep.md"));
        });
    }

    @Test
    void twentyThousandNestedListLevelsAreAnError() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            List<Diagnostic> ds = chapter("- ".repeat(20_000) + "deep\n");
            assertTrue(ds.stream().anyMatch(x -> x.code().equals("markdown-limit")), ds.toString());
        });
    }

    @Test
    void aLongHtmlCommentIsShownAsTextInBoundedTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            String html = new MarkdownDialect().renderInline("<!--" + "a".repeat(200_000) + "-->",
                    new RenderContext(id -> null, s -> null, 0, ""));
            assertTrue(html.contains("&lt;!--"), "the comment is escaped, not passed through");
        });
    }

    @Test
    void scriptLinksInAnyCaseAndWithEntitiesAreNeutralised() {
        String html = new MarkdownDialect().renderInline(
                "[a](JaVaScRiPt:alert(1)) [b](&#106;avascript:alert(1)) [c](vbscript:x) [d](data:text/html,x)",
                new RenderContext(id -> null, s -> null, 0, ""));
        assertTrue(!html.toLowerCase().contains("script:") && !html.contains("data:text"), html);
    }
}
