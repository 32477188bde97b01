package org.strategypress.render.pdf;

/** The PDF stage cannot go on (unreadable HTML, a layout crash, an output stream that fails). */
public final class PdfRenderException extends RuntimeException {

    /** @param message what could not be done, for the user; @param cause the underlying failure */
    public PdfRenderException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param message what could not be done, for the user */
    public PdfRenderException(String message) {
        super(message);
    }
}
