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
 */
public record PrintDocument(String html, Path baseDir, List<Path> allowedRoots, PdfMetadata meta) {

    public PrintDocument {
        if (html == null || baseDir == null || meta == null)
            throw new IllegalArgumentException("html, baseDir and meta are required");
        allowedRoots = List.copyOf(allowedRoots == null ? List.of() : allowedRoots);
    }
}
