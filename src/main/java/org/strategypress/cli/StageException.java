package org.strategypress.cli;

/** Marker for stage failures the CLI reports as one line (exit 2). */
final class StageException extends RuntimeException {
    StageException(String message) {
        super(message);
    }
}
