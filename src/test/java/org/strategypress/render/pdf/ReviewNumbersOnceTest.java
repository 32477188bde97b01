package org.strategypress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;

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
import org.strategypress.testing.StrategyFixture;

/**
 * A reviewer cites a block by the number in the review copy's margin: each number is printed once, beside where its
 * block starts, also for a table with a caption (the acronyms annex) and a table without one (a chapter's Markdown).
 */
class ReviewNumbersOnceTest {

    @TempDir
    Path dir;

    @Test
    void eachTableIsNumberedOnceInTheMargin() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/modules/1-intro/01-introduction.md",
                StrategyFixture.CHAPTER + "\n| Year | Users |\n|------|-------|\n| 2024 | 88 |\n");
        BuildResult r = new Pipeline().build(BuildRequest.of(strategy.content(), Path.of("templates").toAbsolutePath(),
                strategy.out()).only(Output.withReview()));
        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));
        Document print = strategy.print();
        String acronyms = print.selectFirst("table.acronyms").attr("data-para");
        String markdown = print.selectFirst("section.chapter table").attr("data-para");
        assertEquals("1.1.2", markdown);
        Path review = r.outputs().stream().filter(p -> p.toString().endsWith("-review.pdf")).findFirst().orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(review.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setSuppressDuplicateOverlappingText(false); // a number drawn twice on the same spot counts twice
            String all = text.getText(pdf);
            assertEquals(1, count(all, acronyms), acronyms + " beside the acronyms table, with its caption");
            assertEquals(1, count(all, markdown), markdown + " beside the chapter's table");
        }
    }

    private static long count(String text, String number) {
        return Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?![\\d.])").matcher(text).results().count();
    }
}
