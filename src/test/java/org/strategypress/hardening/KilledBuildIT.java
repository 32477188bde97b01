package org.strategypress.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar killed with SIGKILL in the middle of a build of the x1 synthetic corpus: the previous output
 * is left as it was (at most a {@code .build-output.staging-*} folder beside it), and the next successful
 * build removes such a leftover once it is old.
 */
class KilledBuildIT {

    static final Path JAR = Path.of("target/strategy-press-0.1.0-SNAPSHOT-cli.jar").toAbsolutePath();
    static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

    @TempDir
    Path dir;

    @BeforeAll
    static void jarIsBuilt() {
        assumeTrue(Files.isRegularFile(JAR), "run `mvn package` first: no " + JAR);
    }

    @Test
    void aBuildKilledAfterASecondLeavesThePreviousOutputIntact() throws Exception {
        Path content = dir.resolve("x1/content");
        Path out = dir.resolve("build-output");
        assertEquals(0, run("generate", "--scale", "1", "--out", dir.resolve("x1").toString()).waitFor());
        assertEquals(0, build(content, out).waitFor(), "the first build succeeds");
        Map<String, String> before = Outputs.snapshot(out);

        Process killed = build(content, out);
        Thread.sleep(1000);
        assertTrue(killed.isAlive(), "the build finished within a second: nothing was interrupted");
        killed.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
        assertTrue(killed.waitFor(30, TimeUnit.SECONDS));

        assertEquals(before, Outputs.snapshot(out), "the previous output changed");
        List<String> left = Outputs.leftoversBeside(out);
        assertTrue(left.stream().allMatch(n -> n.startsWith(".build-output.staging-")), left.toString());

        for (String n : left) age(dir.resolve(n));
        assertEquals(0, build(content, out).waitFor(), "the next build succeeds");
        assertEquals(List.of(), Outputs.leftoversBeside(out), "the stale staging folder was removed");
        assertTrue(Files.isRegularFile(out.resolve("html/index.html")));
    }

    private Process build(Path content, Path out) throws IOException {
        return run("build", "--content", content.toString(), "--templates", TEMPLATES.toString(), "--out", out.toString());
    }

    private Process run(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("press-" + System.nanoTime() + ".log").toFile()).start();
    }

    /** Makes a leftover look as if it was left two hours ago. */
    private static void age(Path p) throws IOException {
        FileTime old = FileTime.from(Instant.now().minusSeconds(7200));
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.toList()) Files.setLastModifiedTime(f, old);
        }
    }
}
