package org.strategypress.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.strategypress.files.FileTrees;
import org.strategypress.model.Diagnostic;

/** What every fuzz target asserts about the outcome of one input, and the scratch folder it writes into. */
final class FuzzChecks {

    /** Longest time one input may take before it counts as a hang (far above what any seed needs). */
    static final long MAX_MILLIS = 10_000;

    private FuzzChecks() {
    }

    /** A scratch folder for the whole JVM, removed at exit. */
    static Path scratch(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every diagnostic has a code and a message on one line of text, and names a file; errors in {@code file} name a line. */
    static void wellFormed(List<Diagnostic> diagnostics, Path file, String input) {
        for (Diagnostic d : diagnostics) {
            assertTrue(!d.code().isBlank() && !d.message().isBlank(), () -> "empty diagnostic " + d + " for " + quote(input));
            if (d.isError() && d.at().file().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()))
                assertTrue(d.at().line() >= 1, () -> "error without a line: " + d + " for " + quote(input));
        }
    }

    static void withinTime(long startNanos, String input) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        if (ms > MAX_MILLIS) fail("took " + ms + " ms for " + quote(input));
    }

    static String quote(String s) {
        String t = s.length() > 300 ? s.substring(0, 300) + "..." : s;
        return "'" + t.replace("\n", "\\n") + "'";
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
