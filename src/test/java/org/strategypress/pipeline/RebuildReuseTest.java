package org.strategypress.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;

/**
 * A rebuild links the files an edit did not change to the previous build's instead of writing them again (the
 * preview rebuilds on every save): what it writes is still exactly what a build from scratch writes.
 */
class RebuildReuseTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;
    final Pipeline pipeline = new Pipeline(Map.of("SOURCE_DATE_EPOCH", "1767225600"));

    @BeforeEach
    void buildOnce() {
        strategy = StrategyFixture.in(dir);
        build(strategy.out());
    }

    @Test
    void aRebuildAfterAnEditWritesWhatABuildFromScratchWrites() {
        strategy.write("content/benchmarks.yaml", StrategyFixture.BENCHMARKS.replace("Elements of AI", "Elements of Data"));
        build(strategy.out());
        Path fresh = dir.resolve("fresh");
        build(fresh);

        Map<String, String> rebuilt = files(strategy.out().resolve("html"));
        assertEquals(files(fresh.resolve("html")), rebuilt);
        assertTrue(rebuilt.get("BM-FI.html").contains("Elements of Data"), "the edited page is the new one");
    }

    @Test
    void aPageTheEditDidNotTouchIsTheSameFileAndTheEditedPageANewOne() throws IOException {
        Object untouched = key("BM-EE.html");
        Object edited = key("BM-FI.html");

        strategy.write("content/benchmarks.yaml", StrategyFixture.BENCHMARKS.replace("A free course for everyone.",
                "A free course for everyone, in Finnish and English."));
        build(strategy.out());

        assertEquals(untouched, key("BM-EE.html"), "BM-EE.html was written again although it did not change");
        assertNotEquals(edited, key("BM-FI.html"));
        assertTrue(Files.readString(strategy.out().resolve("html/BM-FI.html")).contains("in Finnish and English"));
    }

    private void build(Path out) {
        BuildResult r = pipeline.build(BuildRequest.preview(strategy.content(), Path.of("templates").toAbsolutePath(), out));
        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));
    }

    /** The file's identity on disk (device and inode where the file system has them). */
    private Object key(String page) throws IOException {
        return Files.readAttributes(strategy.out().resolve("html").resolve(page),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    private static Map<String, String> files(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList())
                out.put(root.relativize(f).toString(), new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
