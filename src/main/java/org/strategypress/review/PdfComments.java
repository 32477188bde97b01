package org.strategypress.review;

import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;
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
    /** How far (points) right of the margin's share a word that follows a number closely may begin. */
    private static final float FOLLOWER_ROOM = 60f;
    private static final float FAR = 10_000f;

    private PdfComments() {
    }

    /**
     * The comments of {@code file}. It is read strictly first: a well-formed file (what a PDF reader saves) is then
     * not checked object by object against its cross-reference table, which was a tenth of the time; a file the
     * strict reading fails on is read again with PDFBox's repairs.
     */
    static List<ReviewComment> read(File file, String shownName) {
        try {
            if (!endsWithEndMarker(file))
                throw new ReviewException(shownName + ": the file stops before the PDF's end marker (%%EOF): it was cut short,"
                        + " as by an incomplete download or copy, and the comments in its missing part would be lost;"
                        + " download or save it again");
            try {
                return read(file, shownName, false);
            } catch (InvalidPasswordException e) {
                throw e;
            } catch (IOException e) {
                return read(file, shownName, true);
            }
        } catch (InvalidPasswordException e) {
            throw new ReviewException(shownName + ": the PDF is encrypted with a password; save an unprotected copy and read that");
        } catch (IOException e) {
            throw new ReviewException(shownName + ": not a PDF that can be read (" + e.getMessage() + ")");
        }
    }

    /**
     * True when the file's last kilobyte holds {@code %%EOF}. PDFBox's repairs read a file cut short as if it were
     * whole, and a PDF reader saves its comments at the end (an incremental update): a cut file gave no comment and
     * no error.
     */
    private static boolean endsWithEndMarker(File file) throws IOException {
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file, "r")) {
            long length = raf.length();
            byte[] tail = new byte[(int) Math.min(1024, length)];
            raf.seek(length - tail.length);
            raf.readFully(tail);
            return new String(tail, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
        }
    }

    private static List<ReviewComment> read(File file, String shownName, boolean lenient) throws IOException {
        try (RandomAccessReadBufferedFile in = new RandomAccessReadBufferedFile(file);
             PDDocument pdf = new PDFParser(in, "", null, null, IOUtils.createTempFileOnlyStreamCache()).parse(lenient)) {
            return new Reader(pdf, shownName).all();
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
                List<PDAnnotation> marked = new ArrayList<>();
                for (PDAnnotation a : page.getAnnotations())
                    if (a instanceof PDAnnotationMarkup && !a.getSubtype().equals("Popup") && kind(a) != null) marked.add(a);
                if (marked.isEmpty()) continue;
                PageText text = PageText.of(pdf, pageNo, areas(page, marked));
                for (PDAnnotation a : marked) {
                    COSDictionary parent = a.getCOSObject().getCOSDictionary(COSName.IRT);
                    String quoted = a instanceof PDAnnotationTextMarkup t ? QuadText.under(text, page, t.getQuadPoints(), t.getRectangle()) : "";
                    String line = QuadText.under(text, QuadText.bands(page, quads(a), a.getRectangle()));
                    String number = parent != null && byAnnotation.containsKey(parent) ? byAnnotation.get(parent).number()
                            : numberAt(pageNo, text, top(page, a.getRectangle()));
                    ReviewComment c = new ReviewComment(name, pageNo, parent != null ? "reply" : kind(a),
                            nz(((PDAnnotationMarkup) a).getTitlePopup()), nz(a.getModifiedDate()), nz(a.getContents()).strip(), quoted, number, line);
                    byAnnotation.put(a.getCOSObject(), c);
                    out.add(c);
                }
            }
            return out;
        }

        /**
         * What of the page's text is needed: the left margin with the paragraph numbers (and what follows a number
         * closely on its line), and the lines each annotation is on (which hold the text under a highlight).
         */
        private static List<Rectangle2D> areas(PDPage page, List<PDAnnotation> marked) {
            List<Rectangle2D> out = new ArrayList<>();
            out.add(margin(page));
            for (PDAnnotation a : marked) out.addAll(QuadText.bands(page, quads(a), a.getRectangle()));
            return out;
        }

        private static float[] quads(PDAnnotation a) {
            return a instanceof PDAnnotationTextMarkup t ? t.getQuadPoints() : null;
        }

        /** The strip of the page left of {@link #MARGIN_SHARE} of its width, and room for a word just after a number. */
        private static Rectangle2D margin(PDPage page) {
            PDRectangle box = page.getCropBox();
            return new Rectangle2D.Double(-FAR, -FAR, FAR + box.getWidth() * MARGIN_SHARE + FOLLOWER_ROOM, box.getHeight() + 2 * FAR);
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
        private String numberAt(int pageNo, PageText text, float top) throws IOException {
            String found = null;
            for (Mark m : marks(pageNo, text)) if (m.top() <= top + LINE_SLACK) found = m.number();
            for (int p = pageNo - 1; found == null && p >= 1 && p >= pageNo - 20; p--) {
                List<Mark> earlier = marks(p, null);
                if (!earlier.isEmpty()) found = earlier.get(earlier.size() - 1).number();
            }
            return found;
        }

        /** The margin numbers of a page, read from {@code text} (or, when null, from its margin) once. */
        private List<Mark> marks(int pageNo, PageText text) throws IOException {
            List<Mark> cached = marks.get(pageNo);
            if (cached != null) return cached;
            PDPage page = pdf.getPage(pageNo - 1);
            PageText t = text != null ? text : PageText.of(pdf, pageNo, List.of(margin(page)));
            List<Word> words = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            List<TextPosition> glyphs = new ArrayList<>();
            for (TextPosition g : t.tokens()) {
                if (g == null || g.getUnicode().isBlank()) {
                    Word.add(words, word, glyphs);
                } else {
                    glyphs.add(g);
                    word.append(g.getUnicode());
                }
            }
            Word.add(words, word, glyphs);
            float width = page.getCropBox().getWidth();
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
