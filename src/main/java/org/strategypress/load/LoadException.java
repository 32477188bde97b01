package org.strategypress.load;

import org.strategypress.model.StageFailure;

/** Loading cannot go on at all (the content folder is missing or unreadable). */
public final class LoadException extends StageFailure {
    private static final long serialVersionUID = 1L;

    public LoadException(String message) {
        super(message, null, null);
    }
}
