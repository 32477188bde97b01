package org.strategypress.model;

import java.nio.file.Path;

/** Paths as diagnostics show them: relative to the working directory when under it. */
public final class DisplayPaths {

    private static final Path CWD = Path.of("").toAbsolutePath().normalize();

    private DisplayPaths() {
    }

    public static Path of(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(CWD) ? CWD.relativize(abs) : abs;
    }
}
