package org.strategypress.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the project's templates that a test may change, as a template author would. */
final class TemplateCopy {

    private final Path root;

    private TemplateCopy(Path root) {
        this.root = root;
    }

    static TemplateCopy into(Path dir) {
        Path from = Path.of("templates");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path to = dir.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TemplateCopy(dir);
    }

    Path root() {
        return root;
    }

    /** Replaces {@code from} (which must be there) by {@code to} in one template file. */
    TemplateCopy replace(String file, String from, String to) {
        Path f = root.resolve(file);
        try {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertTrue(text.contains(from), "the template changed: " + from);
            Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    TemplateCopy delete(String file) {
        try {
            Files.delete(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
