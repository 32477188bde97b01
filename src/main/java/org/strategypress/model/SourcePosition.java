package org.strategypress.model;

import java.nio.file.Path;

/**
 * Where something was written: a file and a 1-based line and column.
 * Line or column 0 means "the whole file" (for problems that have no better place).
 */
public record SourcePosition(Path file, int line, int column) {

    public SourcePosition {
        if (file == null) throw new IllegalArgumentException("file is required");
        if (line < 0 || column < 0) throw new IllegalArgumentException("line and column are 1-based, or 0");
    }

    /** The whole file, no particular line. */
    public static SourcePosition of(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    /** The same file, another line and column. */
    public SourcePosition at(int newLine, int newColumn) {
        return new SourcePosition(file, newLine, newColumn);
    }

    /*
     * equals and hashCode written out as the record would give them (the same hash): positions key the loader's
     * tables, and the record's own methods are linked through method handles the first time they run, a class
     * spun per step, which a cold validate paid for on every run (docs/performance.md, session 14).
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SourcePosition p && line == p.line && column == p.column && file.equals(p.file);
    }

    @Override
    public int hashCode() {
        return (file.hashCode() * 31 + line) * 31 + column;
    }

    /** {@code path:line:column}, the path as given (callers relativize it first). */
    @Override
    public String toString() {
        String p = file.toString().replace('\\', '/');
        if (line == 0) return p;
        return p + ":" + line + ":" + Math.max(column, 1);
    }
}
