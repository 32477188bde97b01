package org.strategypress.render.pdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One document to print: the full print HTML, the folder its relative links resolve against,
 * the only folders the engine may read from, and the metadata written into the PDF.
 *
 * @param html         the whole HTML document (with {@code <html lang>}, {@code <head>} and a link to print.css)
 * @param baseDir      folder that relative URLs in {@code html} resolve against (need not exist)
 * @param allowedRoots folders whose files may be read (stylesheets, fonts, images); nothing else is read
 * @param meta         document metadata for the info dictionary and XMP
 * @param sources      where its files come from, for the positions of the engine's messages
 * @param archival     true for PDF/A-2a + PDF/UA-1; false for a review copy, PDF/UA-1 only, so that PDF readers
 *                     let reviewers comment on it
 * @param placed       null, or the ids whose places (with every numbered block's) the render reports
 *                     ({@link PdfResult#places()}): what a review copy drawn on these pages needs
 * @param pictured     the ids of the figures to cut out of the pages as pictures ({@link PdfResult#pictures()}), for
 *                     the Word copy; each is also in {@code placed}
 */
public record PrintDocument(String html, Path baseDir, List<Path> allowedRoots, PdfMetadata meta, PrintSources sources,
                            boolean archival, Set<String> placed, Set<String> pictured) {

    /** A document whose places are not asked for. */
    public PrintDocument(String html, Path baseDir, List<Path> allowedRoots, PdfMetadata meta, PrintSources sources,
                         boolean archival) {
        this(html, baseDir, allowedRoots, meta, sources, archival, null, Set.of());
    }

    /** An archival document whose files come from {@code sources}. */
    public PrintDocument(String html, Path baseDir, List<Path> allowedRoots, PdfMetadata meta, PrintSources sources) {
        this(html, baseDir, allowedRoots, meta, sources, true);
    }

    /** A document whose sources are unknown, archival or not. */
    public PrintDocument(String html, Path baseDir, List<Path> allowedRoots, PdfMetadata meta, boolean archival) {
        this(html, baseDir, allowedRoots, meta, PrintSources.NONE, archival);
    }

    public PrintDocument {
        if (html == null || baseDir == null || meta == null)
            throw new IllegalArgumentException("html, baseDir and meta are required");
        allowedRoots = List.copyOf(allowedRoots == null ? List.of() : allowedRoots);
        if (sources == null) sources = PrintSources.NONE;
        if (placed != null) placed = Set.copyOf(placed);
        pictured = pictured == null ? Set.of() : Set.copyOf(pictured);
        if (!pictured.isEmpty() && (placed == null || !placed.containsAll(pictured)))
            throw new IllegalArgumentException("the figures to cut out must be placed: " + pictured);
    }

    /** The same document, its render reporting where the numbered blocks and the elements {@code ids} landed. */
    public PrintDocument withPlaces(Set<String> ids) {
        return new PrintDocument(html, baseDir, allowedRoots, meta, sources, archival, ids, pictured);
    }

    /** The same document, its render also cutting the figures {@code ids} out of its pages (and placing them). */
    public PrintDocument withPictures(Set<String> ids) {
        Set<String> all = new java.util.HashSet<>(placed == null ? Set.of() : placed);
        all.addAll(ids);
        return new PrintDocument(html, baseDir, allowedRoots, meta, sources, archival, all, ids);
    }

    /** A document whose sources are unknown: messages name its files relative to {@code baseDir}. */
    public PrintDocument(String html, Path baseDir, List<Path> allowedRoots, PdfMetadata meta) {
        this(html, baseDir, allowedRoots, meta, PrintSources.NONE);
    }

    /** The same document with other HTML (a part of it). */
    PrintDocument withHtml(String other) {
        return new PrintDocument(other, baseDir, allowedRoots, meta, sources, archival, placed, pictured);
    }
}
