package org.strategypress.render.pdf;

import java.nio.file.Path;
import java.util.List;

/**
 * One document to print: the full print HTML, the folder its relative links resolve against,
 * the only folders the engine may read from, and the metadata written into the PDF.
 *
 * @param html         the whole HTML document (with {@code <html lang>}, {@code <head>} and a link to print.css)
 * @param baseDir      folder that relative URLs in {@code html} resolve against (need not exist)
 * @param allowedRoots folders whose files may be read (stylesheets, fonts, images); nothing else is read
 * @param meta         document metadata for the info dictionary and XMP
 * @param archival     true for PDF/A-2a + PDF/UA-1; false for a review copy, PDF/UA-1 only, so that PDF readers
 *                     let reviewers comment on it
 */
public record PrintDocument(String html, Path baseDir, List<Path> allowedRoots, PdfMetadata meta, boolean archival) {

    /** An archival document: PDF/A-2a + PDF/UA-1. */
    public PrintDocument(String html, Path baseDir, List<Path> allowedRoots, PdfMetadata meta) {
        this(html, baseDir, allowedRoots, meta, true);
    }

    public PrintDocument {
        if (html == null || baseDir == null || meta == null)
            throw new IllegalArgumentException("html, baseDir and meta are required");
        allowedRoots = List.copyOf(allowedRoots == null ? List.of() : allowedRoots);
    }
}
