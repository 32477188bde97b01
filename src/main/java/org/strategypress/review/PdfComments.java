package org.strategypress.review;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads reviewers' annotations out of a PDF: sticky notes, free text, highlights, underlines, strike-outs and
 * replies, with author, date, text and the text under a highlight ({@link QuadText}), each placed at the paragraph number printed in
 * the review copy's margin nearest above it (a note below the last number of a page belongs to the paragraph that
 * page ends in). The file is untrusted: PDFBox buffers in temporary files, not memory; an encrypted file that needs a
 * password, or one PDFBox cannot repair, is a {@link ReviewException}.
 */
final class PdfComments {

    /** A paragraph number in the margin: small text near the left edge, such as 3.2.4 or A.0.1. */
    private static final Pattern NUMBER = Pattern.compile("(?:\\d+|[A-Z]|F\\d+)\\.\\d+\\.\\d+");
    private static final float MARGIN_SHARE = 0.16f;
    private static final float MAX_NUMBER_SIZE = 8f;

    private PdfComments() {
    }

    static List<ReviewComment> read(File file, String shownName) {
        try (PDDocument pdf = Loader.loadPDF(file, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            return new Reader(pdf, shownName).all();
        } catch (InvalidPasswordException e) {
            throw new ReviewException(shownName + ": the PDF is encrypted with a password; save an unprotected copy and read that");
        } catch (IOException e) {
            throw new ReviewException(shownName + ": not a PDF that can be read (" + e.getMessage() + ")");
        }
    }

    /** One number in a page's margin, with its distance from the top of the page. */
    private record Mark(String number, float top) {
    }

    private static final class Reader {
        private final PDDocument pdf;
        private final String name;
        private final Map<Integer, List<Mark>> marks = new HashMap<>();

        Reader(PDDocument pdf, String name) {
            this.pdf = pdf;
            this.name = name;
        }

        List<ReviewComment> all() throws IOException {
            List<ReviewComment> out = new ArrayList<>();
            Map<COSDictionary, ReviewComment> byAnnotation = new HashMap<>();
            int pageNo = 0;
            for (PDPage page : pdf.getPages()) {
                pageNo++;
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationMarkup m) || a.getSubtype().equals("Popup")) continue;
                    String kind = kind(a);
                    if (kind == null) continue;
                    COSDictionary parent = a.getCOSObject().getCOSDictionary(COSName.IRT);
                    String quoted = a instanceof PDAnnotationTextMarkup t ? QuadText.under(pdf, pageNo, t.getQuadPoints(), t.getRectangle()) : "";
                    String number = parent != null && byAnnotation.containsKey(parent) ? byAnnotation.get(parent).number()
                            : numberAt(pageNo, top(page, a.getRectangle()));
                    ReviewComment c = new ReviewComment(name, pageNo, parent != null ? "reply" : kind,
                            nz(m.getTitlePopup()), nz(a.getModifiedDate()), nz(a.getContents()).strip(), quoted, number);
                    byAnnotation.put(a.getCOSObject(), c);
                    out.add(c);
                }
            }
            return out;
        }

        private static String kind(PDAnnotation a) {
            return switch (a.getSubtype()) {
                case "Text" -> "note";
                case "FreeText" -> "note";
                case "Highlight" -> "highlight";
                case "StrikeOut" -> "strike-out";
                case "Underline", "Squiggly" -> "underline";
                case "Caret" -> "insertion";
                default -> null;
            };
        }

        private static float top(PDPage page, PDRectangle r) {
            return r == null ? 0 : page.getCropBox().getHeight() - r.getUpperRightY();
        }

        /** The last margin number at or above {@code top} on the page, else the last one of an earlier page. */
        private String numberAt(int pageNo, float top) throws IOException {
            String found = null;
            for (Mark m : marks(pageNo)) if (m.top() <= top + 3) found = m.number();
            for (int p = pageNo - 1; found == null && p >= 1 && p >= pageNo - 20; p--) {
                List<Mark> earlier = marks(p);
                if (!earlier.isEmpty()) found = earlier.get(earlier.size() - 1).number();
            }
            return found;
        }

        private List<Mark> marks(int pageNo) throws IOException {
            List<Mark> cached = marks.get(pageNo);
            if (cached != null) return cached;
            List<Mark> found = new ArrayList<>();
            float width = pdf.getPage(pageNo - 1).getCropBox().getWidth();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    StringBuilder word = new StringBuilder();
                    TextPosition first = null;
                    for (TextPosition t : positions) {
                        if (t.getUnicode().isBlank()) {
                            add(word, first);
                            word.setLength(0);
                            first = null;
                        } else {
                            if (first == null) first = t;
                            word.append(t.getUnicode());
                        }
                    }
                    add(word, first);
                }

                private void add(StringBuilder word, TextPosition first) {
                    if (first == null || !NUMBER.matcher(word).matches()) return;
                    if (first.getXDirAdj() < width * MARGIN_SHARE && first.getFontSizeInPt() <= MAX_NUMBER_SIZE)
                        found.add(new Mark(word.toString(), first.getYDirAdj() - first.getHeightDir()));
                }
            };
            s.setSortByPosition(true);
            s.setStartPage(pageNo);
            s.setEndPage(pageNo);
            s.getText(pdf);
            found.sort((a, b) -> Float.compare(a.top(), b.top()));
            marks.put(pageNo, found);
            return found;
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
