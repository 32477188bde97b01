package org.strategypress.diff;

/** A version cannot be read: not a git repository, an unknown ref, no content folder at that ref. */
public final class DiffException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DiffException(String message) {
        super(message);
    }

    public DiffException(String message, Throwable cause) {
        super(message, cause);
    }
}
