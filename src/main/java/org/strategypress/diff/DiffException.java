package org.strategypress.diff;

import org.strategypress.model.StageFailure;

/** A version cannot be read: not a git repository, an unknown ref, no content folder at that ref. */
public final class DiffException extends StageFailure {
    private static final long serialVersionUID = 1L;

    public DiffException(String message) {
        super(message, null, null);
    }

    public DiffException(String message, Throwable cause) {
        super(message, null, cause);
    }
}
