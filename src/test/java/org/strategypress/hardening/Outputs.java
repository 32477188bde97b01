package org.strategypress.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Snapshots of an output folder, to prove a failed build left it byte for byte as it was. */
final class Outputs {

    private Outputs() {
    }

    /** Every file under {@code dir} (relative path to its bytes, as text of their hash and size). */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                byte[] b = Files.readAllBytes(f);
                files.put(dir.relativize(f).toString(), b.length + ":" + java.util.Arrays.hashCode(b));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Names beside {@code out} that a build leaves behind ({@code .<out>.staging-*}, {@code .<out>.old-*}). */
    static List<String> leftoversBeside(Path out) {
        try (Stream<Path> s = Files.list(out.getParent())) {
            String prefix = "." + out.getFileName() + ".";
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertIntact(Map<String, String> before, Path out) {
        assertEquals(before, snapshot(out), "the previous output changed");
        assertEquals(List.of(), leftoversBeside(out), "a staging folder was left beside the output");
    }
}
