package org.strategypress.render.pdf;

import java.util.List;
import org.strategypress.model.Diagnostic;

/**
 * What one render produced besides the bytes: the number of pages and every problem met on the way
 * (refused resources, engine warnings, missing fonts or images).
 */
public record PdfResult(int pageCount, List<Diagnostic> diagnostics) {

    public PdfResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
