package org.strategypress.render.pdf;

import java.util.List;
import org.strategypress.model.Diagnostic;

/**
 * What one render produced besides the bytes: the number of pages, every problem met on the way (refused resources,
 * engine warnings, missing fonts or images), and where the blocks landed when the document asked
 * ({@link PrintDocument#placed()}; else empty).
 */
public record PdfResult(int pageCount, List<Diagnostic> diagnostics, List<BlockPlace> places) {

    public PdfResult {
        diagnostics = List.copyOf(diagnostics);
        places = List.copyOf(places);
    }

    /** True when any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
