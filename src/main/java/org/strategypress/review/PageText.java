package org.strategypress.review;

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
 * annotation took most of {@code press comments}' time.
 */
record PageText(List<TextPosition> tokens) {

    PageText {
        tokens = Collections.unmodifiableList(tokens);
    }

    /** Page {@code pageNo} (from 1) of {@code pdf}. */
    static PageText of(PDDocument pdf, int pageNo) throws IOException {
        List<TextPosition> tokens = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
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
}
