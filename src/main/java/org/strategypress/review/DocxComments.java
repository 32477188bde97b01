package org.strategypress.review;

import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Reads a reviewed Word copy: comments (author, date, text, the paragraph they start in) and tracked insertions and
 * deletions, each placed at the paragraph number whose bookmark ({@code p_3_2_4}), or whose number printed at the start of a
 * paragraph, last came before it. The file is
 * untrusted: POI's zip limits refuse zip bombs (an entry expanding over 100 times, or over 100 MB), and the XML
 * parser POI uses reads no external entities.
 */
final class DocxComments {

    private static final Pattern BOOKMARK = Pattern.compile("p_((?:\\d+|[A-Z]|F\\d+))_(\\d+)_(\\d+)");
    /**
     * The paragraph number printed at the start of a paragraph, for files whose bookmarks were lost on the way: pandoc
     * and other converters keep the text of a Word file and drop the bookmarks nothing links to.
     */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*((?:\\d+|[A-Z]|F\\d+)\\.\\d+\\.\\d+)\\s");
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static {
        PoiLimits.apply();
    }

    private DocxComments() {
    }

    static List<ReviewComment> read(File file, String shownName) {
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ); XWPFDocument doc = new XWPFDocument(pkg)) {
            return new Reader(doc, shownName).all();
        } catch (EncryptedDocumentException e) {
            throw new ReviewException(shownName + ": the Word file is encrypted; save an unprotected copy and read that");
        } catch (InvalidFormatException | IOException | POIXMLException | IllegalStateException e) {
            throw new ReviewException(shownName + ": not a Word file that can be read safely (" + message(e) + ")");
        }
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.length() > 300 ? m.substring(0, 300) + "..." : m;
    }

    private static final class Reader {
        private final XWPFDocument doc;
        private final String name;
        private final Map<BigInteger, String> commentAt = new HashMap<>();
        private final Map<BigInteger, String> commentText = new HashMap<>();
        private final List<ReviewComment> changes = new ArrayList<>();
        private String number;

        Reader(XWPFDocument doc, String name) {
            this.doc = doc;
            this.name = name;
        }

        List<ReviewComment> all() {
            for (IBodyElement e : doc.getBodyElements()) element(e);
            List<ReviewComment> out = new ArrayList<>();
            XWPFComment[] comments = doc.getComments();
            if (comments != null)
                for (XWPFComment c : comments) {
                    BigInteger id = new BigInteger(c.getId());
                    out.add(new ReviewComment(name, 0, "comment", nz(c.getAuthor()), nz(c.getCtComment().isSetDate()
                            ? c.getCtComment().getDate().toInstant().toString() : ""), c.getText().strip(),
                            commentText.getOrDefault(id, ""), commentAt.get(id)));
                }
            out.addAll(changes);
            return out;
        }

        private void element(IBodyElement e) {
            if (e instanceof XWPFParagraph p) paragraph(p);
            else if (e instanceof XWPFTable t)
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getBodyElements().forEach(this::element)));
        }

        /** Walks the paragraph's XML in order: bookmarks move the number, comment starts and changes take it. */
        private void paragraph(XWPFParagraph p) {
            String text = p.getText();
            Matcher printed = LEADING_NUMBER.matcher(text);
            if (printed.find()) number = printed.group(1);
            try (XmlCursor c = p.getCTP().newCursor()) {
                if (!c.toFirstChild()) return;
                walk(c, text, 0);
            }
        }

        private void walk(XmlCursor c, String paragraphText, int depth) {
            do {
                String local = c.getName() == null || !W.equals(c.getName().getNamespaceURI()) ? "" : c.getName().getLocalPart();
                XmlObject o = c.getObject();
                switch (local) {
                    case "bookmarkStart" -> {
                        Matcher m = BOOKMARK.matcher(attr(o, "name"));
                        if (m.matches()) number = m.group(1) + "." + m.group(2) + "." + m.group(3);
                    }
                    case "commentRangeStart" -> {
                        BigInteger id = new BigInteger(attr(o, "id"));
                        commentAt.put(id, number);
                        commentText.put(id, paragraphText.strip());
                    }
                    case "ins", "del" -> changes.add(new ReviewComment(name, 0, local.equals("ins") ? "insertion" : "deletion",
                            attr(o, "author"), attr(o, "date"), text(o), paragraphText.strip(), number));
                    case "hyperlink", "smartTag", "sdt", "sdtContent", "customXml", "fldSimple" -> {
                        if (depth < 8 && c.toFirstChild()) {
                            walk(c, paragraphText, depth + 1);
                            c.toParent();
                        }
                    }
                    default -> { }
                }
            } while (c.toNextSibling());
        }

        private static String attr(XmlObject o, String localName) {
            try (XmlCursor c = o.newCursor()) {
                String v = c.getAttributeText(new javax.xml.namespace.QName(W, localName));
                return v == null ? "" : v;
            }
        }

        /** The text of an insertion (w:t) or deletion (w:delText). */
        private static String text(XmlObject o) {
            StringBuilder b = new StringBuilder();
            for (XmlObject t : o.selectPath("declare namespace w='" + W + "' .//w:t | .//w:delText"))
                try (XmlCursor c = t.newCursor()) {
                    b.append(c.getTextValue());
                }
            return b.toString();
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
