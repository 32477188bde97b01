package org.strategypress.pipeline;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.StageFailure;

/** A stage of the pipeline ran past its deadline and was stopped; carries the {@code deadline} diagnostic to print. */
public final class DeadlineException extends StageFailure {
    private static final long serialVersionUID = 1L;

    DeadlineException(Diagnostic diagnostic) {
        super(diagnostic.message(), diagnostic, null);
    }

    @Override
    public String note() {
        return "press: stopped at the deadline; the output folder, if any, was left as it was";
    }
}
