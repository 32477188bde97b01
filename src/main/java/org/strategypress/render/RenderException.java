package org.strategypress.render;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.StageFailure;

/** Rendering cannot go on (a broken template, an unwritable output); carries the diagnostic to print. */
public final class RenderException extends StageFailure {
    private static final long serialVersionUID = 1L;

    public RenderException(Diagnostic diagnostic) {
        super(diagnostic.message(), diagnostic, null);
    }
}
