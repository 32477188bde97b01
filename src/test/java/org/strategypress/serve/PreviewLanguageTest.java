package org.strategypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;

/** The preview of a bilingual strategy shows the language being edited: a save of name.az.md shows Azerbaijani. */
class PreviewLanguageTest {

    @TempDir
    Path dir;

    @Test
    void aSaveOfATranslationShowsItsLanguageAndASaveOfTheSourceShowsTheSourceAgain() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(dir)
                .write("content/strategy.yaml", StrategyFixture.STRATEGY + "languages: [en, az]\n")
                .write("content/modules/1-intro/01-introduction.az.md", """
                        ---
                        title: Giriş
                        translation: machine
                        ---
                        # Giriş

                        Bu strategiya rəqəmsal bacarıqları inkişaf etdirir ([[SKILLS]]).
                        """);
        try (PreviewBuilder preview = new PreviewBuilder(strategy.content(), Templates.copy(dir))) {
            assertEquals("en", module1(preview).selectFirst("html").attr("lang"), "the source language first");

            preview.follow(List.of(strategy.file("content/modules/1-intro/01-introduction.az.md")));
            Document az = module1(preview);
            assertEquals("az", az.selectFirst("html").attr("lang"));
            assertTrue(az.text().contains("Bu strategiya rəqəmsal bacarıqları inkişaf etdirir"), "the translation shows");

            preview.follow(List.of(strategy.file("content/pillars.yaml")));
            assertEquals("az", module1(preview).selectFirst("html").attr("lang"), "a YAML save keeps the language");

            preview.follow(List.of(strategy.file("content/modules/1-intro/01-introduction.md")));
            assertEquals("en", module1(preview).selectFirst("html").attr("lang"));
        }
    }

    private static Document module1(PreviewBuilder preview) {
        BuildOutcome built = preview.rebuild();
        assertTrue(built.ok(), () -> StrategyFixture.describe(built.diagnostics()));
        return StrategyFixture.parse(preview.site().orElseThrow().resolve("module-1.html"));
    }
}
