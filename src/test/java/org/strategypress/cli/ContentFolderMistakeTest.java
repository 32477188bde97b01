package org.strategypress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/**
 * --content pointing at the wrong place gives one message that says what to type instead, exit code 2 (a usage
 * mistake: no content was read, so there is no content error to report), never a list of errors from reading
 * the wrong folder.
 */
class ContentFolderMistakeTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    private CliRun validate(Path content) {
        return strategy.press("validate", "--content", content.toString());
    }

    private static void assertOneMessage(CliRun run, String... parts) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        for (String p : parts) assertTrue(run.err().contains(p), () -> "no '" + p + "' in: " + run.err());
        assertFalse(run.err().contains("unknown-kind") || run.err().contains("\tat "), run.err());
    }

    @Test
    void theProjectRootInsteadOfItsContentFolderSaysDidYouMean() {
        Path root = dir.toAbsolutePath();
        CliRun run = validate(root);

        assertOneMessage(run, "holds no strategy.yaml", "did you mean --content " + root.resolve("content") + "?");
    }

    @Test
    void theSameForBuildAndServe() {
        Path root = dir.toAbsolutePath();
        CliRun build = strategy.press("build", "--content", root.toString(), "--out", dir.resolve("out").toString());
        assertOneMessage(build, "did you mean --content " + root.resolve("content") + "?");
        assertFalse(Files.exists(dir.resolve("out")));

        CliRun serve = strategy.press("serve", "--content", root.toString(), "--port", "0");
        assertOneMessage(serve, "press serve: ", "did you mean --content " + root.resolve("content") + "?");
    }

    @Test
    void aFolderThatIsNotThere() {
        assertOneMessage(validate(dir.resolve("contnet")), "content folder not found: ", "--content names the folder that holds strategy.yaml");
    }

    @Test
    void aFileNamesTheFolderHoldingStrategyYamlWhenItIsStrategyYaml() {
        Path file = strategy.file("content/strategy.yaml");
        assertOneMessage(validate(file), "is a file, not a folder", "did you mean --content " + strategy.content() + "?");
        assertOneMessage(validate(strategy.file("content/kpis.yaml")), "is a file, not a folder");
    }

    @Test
    void aFolderWithNoContentAtAll() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("notes.md"), "# Notes\n");

        assertOneMessage(validate(docs), "is not a content folder", "no strategy.yaml", "press init DIR");
    }

    @Test
    void aContentFolderThatLostItsStrategyYamlIsStillAContentError() {
        strategy.delete("content/strategy.yaml");

        CliRun run = strategy.validate();

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("error[missing-file]: strategy.yaml is missing"), run.err());
    }
}
