package org.strategypress.render.pdf;

/** The PDF stage cannot go on (unreadable HTML, a layout crash, an output stream that fails). */
public final class PdfRenderException extends RuntimeException {

    public PdfRenderException(String message, Throwable cause) {
        super(message, cause);
    }

    public PdfRenderException(String message) {
        super(message);
    }
}
