package org.strategypress.review;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A page's text as PDFBox's text stripper reads it (sorted by position): its glyphs in reading order, with a
 * {@code null} where the stripper puts a space or a line break. Read once per page, it serves both the margin numbers
 * ({@link PdfComments}) and the text under each highlight ({@link QuadText}): reading the page again for every
 * annotation took most of {@code press comments}' time. Only the glyphs whose centre lies in one of the areas asked
 * for are kept (the margin, the highlights): the stripper's sorting and word-finding over the rest of the page was
 * most of what was left.
 */
record PageText(List<TextPosition> tokens) {

    PageText {
        tokens = Collections.unmodifiableList(tokens);
    }

    /**
     * Page {@code pageNo} (from 1) of {@code pdf}, the glyphs whose centre lies in one of {@code areas} (points, x from
     * the page's left, y from its top, as the stripper measures).
     */
    static PageText of(PDDocument pdf, int pageNo, List<Rectangle2D> areas) throws IOException {
        List<TextPosition> tokens = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                if (within(t, areas)) super.processTextPosition(t);
            }

            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                tokens.addAll(positions);
            }

            @Override
            protected void writeWordSeparator() {
                tokens.add(null);
            }

            @Override
            protected void writeLineSeparator() {
                tokens.add(null);
            }
        };
        s.setSortByPosition(true);
        s.setStartPage(pageNo);
        s.setEndPage(pageNo);
        s.writeText(pdf, new StringWriter());
        return new PageText(tokens);
    }

    /** True when the glyph's centre lies in one of the areas. */
    static boolean within(TextPosition t, List<Rectangle2D> areas) {
        double x = t.getXDirAdj() + t.getWidthDirAdj() / 2;
        double y = t.getYDirAdj() - t.getHeightDir() / 2;
        for (Rectangle2D a : areas) if (a.contains(x, y)) return true;
        return false;
    }
}
