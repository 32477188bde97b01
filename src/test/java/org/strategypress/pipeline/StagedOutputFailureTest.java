package org.strategypress.pipeline;

import org.strategypress.model.Rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.SourcePosition;
import org.strategypress.render.RenderException;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/**
 * The output folder is replaced only by a complete build: a failure at the very last step leaves the previous
 * output byte for byte; an output path that is a symbolic link is refused; leftovers of killed builds are
 * removed by the next successful build once they are old.
 */
class StagedOutputFailureTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    @AfterEach
    void removeHook() {
        StagedOutput.beforeCommit = null;
    }

    @Test
    void aFailureJustBeforeCommitLeavesThePreviousOutputByteForByte() throws IOException {
        strategy.build();
        Map<String, byte[]> before = files(strategy.out());
        strategy.write("content/strategy.yaml", StrategyFixture.STRATEGY.replace("Digital Economy Strategy", "A New Title"));
        StagedOutput.beforeCommit = () -> {
            throw new RenderException(Rule.OUTPUT.at(SourcePosition.of(strategy.out()), "injected failure"));
        };

        RenderException e = assertThrows(RenderException.class, () -> strategy.buildAllowingErrors(Path.of("templates")));

        assertEquals("injected failure", e.getMessage());
        Map<String, byte[]> after = files(strategy.out());
        assertEquals(before.keySet(), after.keySet());
        for (String f : before.keySet()) assertTrue(java.util.Arrays.equals(before.get(f), after.get(f)), f + " changed");
        assertEquals(List.of(), beside(strategy.out()), "nothing left beside the output");
    }

    @Test
    void anOutputPathThatIsASymbolicLinkIsRefused() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("keep.txt"), "keep");
        try {
            Files.createSymbolicLink(strategy.out(), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }

        CliRun run = strategy.press("build", "--content", strategy.content().toString(), "--out", strategy.out().toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("error[output]: output folder is a symbolic link; refusing to write through it"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(List.of("keep.txt"), s.map(p -> p.getFileName().toString()).toList());
        }
        assertTrue(Files.isSymbolicLink(strategy.out()));
    }

    @Test
    void theNextSuccessfulBuildRemovesOldLeftoversOfKilledBuildsAndKeepsYoungOnes() throws IOException {
        Path stale = Files.createDirectories(dir.resolve(".build-output.staging-123/html"));
        Files.writeString(stale.resolve("index.html"), "half written");
        Path staleOld = Files.createDirectories(dir.resolve(".build-output.old-abc"));
        Path young = Files.createDirectories(dir.resolve(".build-output.staging-456"));
        FileTime twoHoursAgo = FileTime.from(Instant.now().minusSeconds(7200));
        Files.setLastModifiedTime(stale.getParent(), twoHoursAgo);
        Files.setLastModifiedTime(staleOld, twoHoursAgo);
        Path unrelated = Files.createDirectories(dir.resolve(".other.staging-1"));
        Files.setLastModifiedTime(unrelated, twoHoursAgo);

        strategy.build();

        assertEquals(List.of(".build-output.staging-456"), beside(strategy.out()));
        assertTrue(Files.isDirectory(young) && Files.isDirectory(unrelated));
    }

    private static List<String> beside(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("." + out.getFileName() + ".")).sorted().toList();
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) m.put(root.relativize(f).toString(), Files.readAllBytes(f));
        }
        return m;
    }
}
