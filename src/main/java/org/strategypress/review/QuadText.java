package org.strategypress.review;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text under a highlight or strike-out: the characters whose centre lies inside one of the annotation's quads
 * (or its rectangle, when it has no quads). Readers draw a quad from the glyph boxes they found, a little larger or
 * smaller than ours, so testing a character's left edge (as PDFBox's text-by-area does) took in the comma after a
 * highlighted word and dropped its first letter; a character's centre lies well inside its own quad and well outside
 * its neighbour's.
 */
final class QuadText {

    /** At most this many quads are read from one annotation (a hostile file may carry millions). */
    private static final int MAX_QUADS = 200;

    private QuadText() {
    }

    /** The text of {@code page} (read as {@code text}) under {@code quads} (8 numbers a quad, PDF user space) or {@code rect}. */
    static String under(PageText text, PDPage page, float[] quads, PDRectangle rect) {
        return under(text, areas(page, quads, rect));
    }

    /** The text of the page (read as {@code text}) whose glyphs' centres lie in {@code areas}, spaces made single. */
    static String under(PageText text, List<Rectangle2D> areas) {
        if (areas.isEmpty()) return "";
        StringBuilder out = new StringBuilder();
        for (TextPosition t : text.tokens()) {
            if (t == null) out.append(' ');
            else if (PageText.within(t, areas)) out.append(t.getUnicode());
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * The bands across the whole page at the height of the quads (or of {@code rect}): where the words of the lines
     * an annotation is on are.
     */
    static List<Rectangle2D> bands(PDPage page, float[] quads, PDRectangle rect) {
        float width = page.getCropBox().getWidth();
        List<Rectangle2D> out = new ArrayList<>();
        for (Rectangle2D a : areas(page, quads, rect)) out.add(new Rectangle2D.Double(-width, a.getY(), 3 * width, a.getHeight()));
        return out;
    }

    /** The quads' bounding boxes, top-down as the text stripper measures (y from the top of the page). */
    static List<Rectangle2D> areas(PDPage page, float[] q, PDRectangle rect) {
        PDRectangle box = page.getCropBox();
        float top = box.getUpperRightY();
        float left = box.getLowerLeftX();
        List<Rectangle2D> out = new ArrayList<>();
        if (q == null || q.length < 8) {
            if (rect != null)
                out.add(new Rectangle2D.Float(rect.getLowerLeftX() - left, top - rect.getUpperRightY(), rect.getWidth(), rect.getHeight()));
            return out;
        }
        for (int i = 0; i + 7 < q.length && out.size() < MAX_QUADS; i += 8) {
            float minX = Math.min(Math.min(q[i], q[i + 2]), Math.min(q[i + 4], q[i + 6]));
            float maxX = Math.max(Math.max(q[i], q[i + 2]), Math.max(q[i + 4], q[i + 6]));
            float minY = Math.min(Math.min(q[i + 1], q[i + 3]), Math.min(q[i + 5], q[i + 7]));
            float maxY = Math.max(Math.max(q[i + 1], q[i + 3]), Math.max(q[i + 5], q[i + 7]));
            out.add(new Rectangle2D.Float(minX - left, top - maxY, maxX - minX, maxY - minY));
        }
        return out;
    }

}
