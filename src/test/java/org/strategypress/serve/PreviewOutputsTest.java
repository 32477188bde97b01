package org.strategypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;

/** The preview rebuilds the site on every save, and nothing else: no PDF, no review copy, no Word copy. */
class PreviewOutputsTest {

    @TempDir
    Path dir;

    @Test
    void aPreviewRebuildWritesTheSiteAlone() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(dir);
        try (PreviewBuilder preview = new PreviewBuilder(strategy.content(), Templates.copy(dir))) {
            BuildOutcome built = preview.rebuild();
            assertTrue(built.ok(), () -> StrategyFixture.describe(built.diagnostics()));
            Path generation = preview.site().orElseThrow().getParent();
            try (Stream<Path> s = Files.list(generation)) {
                assertEquals(List.of("html"), s.map(p -> p.getFileName().toString()).sorted().toList());
            }
            try (Stream<Path> s = Files.walk(preview.workFolder())) {
                assertTrue(s.noneMatch(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx")),
                        "no PDF, review copy or Word copy anywhere in the preview's folder");
            }
        }
    }
}
