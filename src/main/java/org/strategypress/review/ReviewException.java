package org.strategypress.review;

/** A reviewed file or a source map that cannot be read: the message names the file and says why. */
public final class ReviewException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReviewException(String message) {
        super(message);
    }
}
