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
    /**
     * How far (points) a number's top may lie below an annotation's and still be its paragraph's: the numbers stand on
     * their paragraph's first baseline, a highlight of that line reaches a few points higher; the line above is 10 or
     * more points higher still.
     */
    private static final float LINE_SLACK = 6f;

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

    /**
     * A word on a page: its text, left and right edges, baseline and top (points from the page's top), font size. A
     * number in the margin is small, near the left edge, and stands apart: nothing follows it closely on its line
     * (the contents' "1.2.3 Title" does not count).
     */
    private record Word(String text, float left, float right, float baseline, float top, float size) {
        private static final float APART = 5f;

        static void add(List<Word> words, StringBuilder text, List<TextPosition> glyphs) {
            if (!glyphs.isEmpty()) {
                TextPosition first = glyphs.get(0);
                TextPosition last = glyphs.get(glyphs.size() - 1);
                words.add(new Word(text.toString(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                        first.getYDirAdj(), first.getYDirAdj() - first.getHeightDir(), first.getFontSizeInPt()));
            }
            text.setLength(0);
            glyphs.clear();
        }

        boolean isMarginNumber(float pageWidth) {
            return NUMBER.matcher(text).matches() && left < pageWidth * MARGIN_SHARE && size <= MAX_NUMBER_SIZE;
        }

        /** True when this word is on {@code w}'s line and begins just after it. */
        boolean follows(Word w) {
            return Math.abs(baseline - w.baseline()) < 2 && left >= w.right() - 0.5f && left - w.right() < APART;
        }
    }

    /** One number in a page's margin, with its distance from the top of the page. */
    private record Mark(String number, float top) {
    }

    private static final class Reader {
        private final PDDocument pdf;
        private final String name;
        private final Map<Integer, List<Mark>> marks = new HashMap<>();
        private final Map<Integer, PageText> texts = new HashMap<>();

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
                    String quoted = a instanceof PDAnnotationTextMarkup t ? QuadText.under(text(pageNo), page, t.getQuadPoints(), t.getRectangle()) : "";
                    String number = parent != null && byAnnotation.containsKey(parent) ? byAnnotation.get(parent).number()
                            : numberAt(pageNo, top(page, a.getRectangle()));
                    ReviewComment c = new ReviewComment(name, pageNo, parent != null ? "reply" : kind,
                            nz(m.getTitlePopup()), nz(a.getModifiedDate()), nz(a.getContents()).strip(), quoted, number);
                    byAnnotation.put(a.getCOSObject(), c);
                    out.add(c);
                }
                texts.remove(pageNo); // its margin numbers are kept; its glyphs are not needed again
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
            for (Mark m : marks(pageNo)) if (m.top() <= top + LINE_SLACK) found = m.number();
            for (int p = pageNo - 1; found == null && p >= 1 && p >= pageNo - 20; p--) {
                List<Mark> earlier = marks(p);
                if (!earlier.isEmpty()) found = earlier.get(earlier.size() - 1).number();
            }
            return found;
        }

        private PageText text(int pageNo) throws IOException {
            PageText t = texts.get(pageNo);
            if (t == null) texts.put(pageNo, t = PageText.of(pdf, pageNo));
            return t;
        }

        private List<Mark> marks(int pageNo) throws IOException {
            List<Mark> cached = marks.get(pageNo);
            if (cached != null) return cached;
            List<Word> words = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            List<TextPosition> glyphs = new ArrayList<>();
            for (TextPosition t : text(pageNo).tokens()) {
                if (t == null || t.getUnicode().isBlank()) {
                    Word.add(words, word, glyphs);
                } else {
                    glyphs.add(t);
                    word.append(t.getUnicode());
                }
            }
            Word.add(words, word, glyphs);
            float width = pdf.getPage(pageNo - 1).getCropBox().getWidth();
            List<Mark> found = new ArrayList<>();
            for (Word w : words)
                if (w.isMarginNumber(width) && words.stream().noneMatch(o -> o != w && o.follows(w))) found.add(new Mark(w.text(), w.top()));
            found.sort((a, b) -> Float.compare(a.top(), b.top()));
            marks.put(pageNo, found);
            return found;
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
