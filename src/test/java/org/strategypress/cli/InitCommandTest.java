package org.strategypress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.CheckResult;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.testing.StrategyFixture;

/**
 * press init writes a strategy that is valid under --strict and builds with no templates folder (the built-in
 * templates), and never writes into a used folder.
 */
class InitCommandTest {

    @TempDir
    Path dir;

    private static int press(StringWriter err, String... args) {
        return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }

    @Test
    void aNewStrategyValidatesStrictlyAndBuilds() throws IOException {
        Path root = dir.resolve("new-strategy");
        StringWriter err = new StringWriter();
        assertEquals(0, press(err, "init", root.toString()), err::toString);

        assertTrue(Files.isRegularFile(root.resolve("content/strategy.yaml")));
        assertTrue(Files.notExists(root.resolve("templates")), "the built-in templates need no folder");
        assertTrue(Files.isRegularFile(root.resolve("schema/content.schema.json")));
        assertEquals("build-output/\n", Files.readString(root.resolve(".gitignore")));
        try (var modules = Files.list(root.resolve("content/modules"))) {
            assertEquals(4, modules.count(), "one chapter folder per module");
        }

        Pipeline pipeline = new Pipeline();
        CheckResult checked = pipeline.check(root.resolve("content"), true);
        assertEquals(6, checked.strategy().pillars().size());
        assertTrue(checked.diagnostics().isEmpty(), () -> StrategyFixture.describe(checked.diagnostics()));

        BuildResult built = pipeline.build(BuildRequest.of(root.resolve("content"), root.resolve("templates"),
                root.resolve("build-output")).strict(true));
        assertTrue(built.ok(), () -> StrategyFixture.describe(built.diagnostics()));
        assertTrue(built.diagnostics().stream().noneMatch(Diagnostic::isError));
        assertTrue(Files.readString(root.resolve("build-output/html/index.html")).contains("Trust Ecosystem"));
        assertTrue(Files.isRegularFile(root.resolve("build-output/schema/strategy.schema.json")));
    }

    @Test
    void refusesANonEmptyFolder() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        StringWriter err = new StringWriter();
        assertEquals(2, press(err, "init", dir.toString()));
        assertTrue(err.toString().contains("is not empty"), err::toString);
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
        assertTrue(Files.notExists(dir.resolve("content")));
    }
}
