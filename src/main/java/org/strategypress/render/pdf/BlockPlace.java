package org.strategypress.render.pdf;

/**
 * Where one block of the print HTML landed in the PDF: the key it is known by (its paragraph number, or the id of an
 * element asked for), the page it starts on and the page it ends on (0-based), its top and its first line's baseline
 * (its top when it has no line of text) on the first page and its bottom on the last page, and the text area of its
 * first page (left and right edges, top and bottom: where a block that goes on to the next page leaves it, and where
 * it comes in on the pages after); distances in PDF points from the page's top and left edges.
 */
public record BlockPlace(String key, int firstPage, float top, float baseline, int lastPage, float bottom, float textLeft,
                         float textRight, float textTop, float textBottom) {

    /** What follows a figure's id in the key of its caption's place ({@code fig-roadmap#caption}). */
    public static final String CAPTION = "#caption";

    /** True when the key is a paragraph number (3.2.4, A.0.1), not an entity id (ids have no dots). */
    public boolean numbered() {
        return key.indexOf('.') > 0 && !key.endsWith(CAPTION);
    }

    /** The same place {@code pages} pages further on (a part's place in the joined document). */
    BlockPlace later(int pages) {
        return new BlockPlace(key, firstPage + pages, top, baseline, lastPage + pages, bottom, textLeft, textRight, textTop, textBottom);
    }
}
