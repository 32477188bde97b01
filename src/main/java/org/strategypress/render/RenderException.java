package org.strategypress.render;

import org.strategypress.model.Diagnostic;

/** Rendering cannot go on (a broken template, an unwritable output); carries the diagnostic to print. */
public final class RenderException extends RuntimeException {

    private final transient Diagnostic diagnostic;

    public RenderException(Diagnostic diagnostic) {
        super(diagnostic.message());
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
