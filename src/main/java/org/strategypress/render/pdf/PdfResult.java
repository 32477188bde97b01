package org.strategypress.render.pdf;

import java.util.List;
import java.util.Map;
import org.strategypress.model.Diagnostic;

/**
 * What one render produced besides the bytes: the number of pages, every problem met on the way (refused resources,
 * engine warnings, missing fonts or images), and where the blocks landed when the document asked
 * ({@link PrintDocument#placed()}; else empty), and the pictures of the figures it asked to cut out
 * ({@link PrintDocument#pictured()}), by id (cut out of the engine's pages in memory, a document rendered in parts
 * part by part); null when none were asked for.
 */
public record PdfResult(int pageCount, List<Diagnostic> diagnostics, List<BlockPlace> places,
                        Map<String, List<ChartPictures.Picture>> pictures) {

    public PdfResult {
        diagnostics = List.copyOf(diagnostics);
        places = List.copyOf(places);
        if (pictures != null) pictures = Map.copyOf(pictures);
    }

    /** A result without pictures. */
    public PdfResult(int pageCount, List<Diagnostic> diagnostics, List<BlockPlace> places) {
        this(pageCount, diagnostics, places, null);
    }

    /** True when any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
