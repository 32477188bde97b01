package org.strategypress.pipeline;

import org.strategypress.model.Diagnostic;

/** A stage of the pipeline ran past its deadline and was stopped; carries the {@code deadline} diagnostic to print. */
public final class DeadlineException extends RuntimeException {

    private final transient Diagnostic diagnostic;

    DeadlineException(Diagnostic diagnostic) {
        super(diagnostic.message());
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
