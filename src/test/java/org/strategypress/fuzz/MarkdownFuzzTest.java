package org.strategypress.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.strategypress.markdown.LinkSafety;
import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.markdown.MarkdownRef;
import org.strategypress.markdown.RenderContext;
import org.strategypress.render.AssetCollector;

/**
 * Any text as Markdown: rendering and scanning never throw, finish in bounded time, and the HTML has no
 * element a writer could not write in Markdown (no script, no event handler, no javascript: link), nor
 * an image outside the content folder (one that cannot be used keeps an empty src, marked missing-image). Seeds and regressions:
 * {@code src/test/resources/org/strategypress/fuzz/MarkdownFuzzTestInputs/anyMarkdown/}.
 */
class MarkdownFuzzTest {

    private static final Path CONTENT = FuzzChecks.scratch("fuzz-md-").resolve("content");
    private static final MarkdownDialect DIALECT = new MarkdownDialect();
    private static final List<String> FORBIDDEN = List.of("script", "iframe", "object", "embed", "style", "form",
            "input", "svg", "math", "base", "meta", "link");

    static {
        FuzzChecks.write(CONTENT.resolve("assets/dot.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @FuzzTest(maxDuration = "3m")
    void anyMarkdown(byte[] bytes) {
        String md = new String(bytes, StandardCharsets.UTF_8);
        AssetCollector assets = new AssetCollector(CONTENT);
        Path chapterDir = CONTENT.resolve("modules/1-intro");
        RenderContext ctx = new RenderContext(
                id -> id.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*") ? new RenderContext.EntityLink(id + ".html", id, "T<" + id + ">") : null,
                src -> assets.map(chapterDir, src), 1, "c1-");
        long t0 = System.nanoTime();

        List<MarkdownDialect.Part> parts = DIALECT.render(md, ctx);
        List<MarkdownRef> refs = DIALECT.scan(md);

        FuzzChecks.withinTime(t0, md);
        StringBuilder html = new StringBuilder();
        for (MarkdownDialect.Part p : parts) if (!p.isBlock()) html.append(p.html());
        for (Element e : Jsoup.parseBodyFragment(html.toString()).getAllElements()) {
            assertTrue(!FORBIDDEN.contains(e.normalName()), () -> "<" + e.normalName() + "> from " + FuzzChecks.quote(md));
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(java.util.Locale.ROOT);
                assertTrue(!name.startsWith("on") && !name.equals("style") && !name.equals("srcdoc"),
                        () -> "attribute " + name + " from " + FuzzChecks.quote(md));
                if (name.equals("href") || name.equals("src"))
                    assertTrue(LinkSafety.isSafe(a.getValue()), () -> name + "=" + a.getValue() + " from " + FuzzChecks.quote(md));
            }
            if (e.normalName().equals("img"))
                assertTrue(e.attr("src").isEmpty() && e.hasClass("missing-image")
                                || e.attr("src").startsWith("assets/") && !e.attr("src").contains(".."),
                        () -> "image " + e.attr("src") + " from " + FuzzChecks.quote(md));
        }
        int lines = md.split("\r\n|\r|\n", -1).length;
        for (MarkdownRef r : refs) {
            assertTrue(r.line() >= 1 && r.line() <= lines, () -> "line " + r.line() + " of " + lines + " for " + FuzzChecks.quote(md));
            assertTrue(r.column() >= 1, () -> "column " + r.column() + " for " + FuzzChecks.quote(md));
        }
    }
}
