package org.strategypress.load;

/** Loading cannot go on at all (the content folder is missing or unreadable). */
public final class LoadException extends RuntimeException {
    public LoadException(String message) {
        super(message);
    }
}
