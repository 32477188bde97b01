package org.strategypress.render.word;

import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.strategypress.render.word.WordBlocks.Block;
import org.strategypress.render.word.WordBlocks.BookmarkEnd;
import org.strategypress.render.word.WordBlocks.BookmarkStart;
import org.strategypress.render.word.WordBlocks.Break;
import org.strategypress.render.word.WordBlocks.Content;
import org.strategypress.render.word.WordBlocks.FieldChar;
import org.strategypress.render.word.WordBlocks.FieldCode;
import org.strategypress.render.word.WordBlocks.FootnoteMark;
import org.strategypress.render.word.WordBlocks.FootnoteReference;
import org.strategypress.render.word.WordBlocks.Item;
import org.strategypress.render.word.WordBlocks.Link;
import org.strategypress.render.word.WordBlocks.Para;
import org.strategypress.render.word.WordBlocks.Picture;
import org.strategypress.render.word.WordBlocks.Row;
import org.strategypress.render.word.WordBlocks.Run;
import org.strategypress.render.word.WordBlocks.Table;
import org.strategypress.render.word.WordBlocks.Text;

/**
 * The Word copy's blocks as WordprocessingML (ECMA-376 part 1), written with the JDK's StAX writer: paragraphs with
 * their style, runs, bookmarks and links, tables, and inline pictures (DrawingML). The elements of each property list
 * come in the order the schema fixes. A link to a bookmark that was never written keeps its text and loses its target.
 */
final class DocumentXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private static final String[] BORDERS = {"top", "left", "bottom", "right", "insideH", "insideV"};

    /** The relationships of the part being written: its pictures and its links to addresses outside. */
    interface Relations {
        /** The relationship id of {@code picture}, stored as a part of the package. */
        String picture(Picture picture);

        /** The relationship id of a link to {@code href}. */
        String link(String href);
    }

    private final XMLStreamWriter xml;
    private final Relations relations;
    private final Set<String> bookmarks;

    /** Writes to {@code xml} for a part with {@code relations}; {@code bookmarks}: the names of every bookmark written. */
    DocumentXml(XMLStreamWriter xml, Relations relations, Set<String> bookmarks) {
        this.xml = xml;
        this.relations = relations;
        this.bookmarks = bookmarks;
    }

    void blocks(List<Block> blocks) throws XMLStreamException {
        for (Block b : blocks) {
            if (b instanceof Para p) para(p);
            else table((Table) b);
        }
    }

    void para(Para p) throws XMLStreamException {
        if (p.style == null && p.items.isEmpty()) {
            xml.writeEmptyElement("w", "p", W);
            return;
        }
        xml.writeStartElement("w", "p", W);
        if (p.style != null) {
            xml.writeStartElement("w", "pPr", W);
            val("pStyle", p.style);
            xml.writeEndElement();
        }
        for (Item i : p.items) item(i);
        xml.writeEndElement();
    }

    private void item(Item i) throws XMLStreamException {
        if (i instanceof Run r) {
            run(r);
        } else if (i instanceof BookmarkStart b) {
            xml.writeEmptyElement("w", "bookmarkStart", W);
            xml.writeAttribute("w", W, "id", Long.toString(b.id()));
            xml.writeAttribute("w", W, "name", b.name());
        } else if (i instanceof BookmarkEnd b) {
            xml.writeEmptyElement("w", "bookmarkEnd", W);
            xml.writeAttribute("w", W, "id", Long.toString(b.id()));
        } else if (i instanceof Link l) {
            xml.writeStartElement("w", "hyperlink", W);
            if (l.href() != null) xml.writeAttribute("r", R, "id", relations.link(l.href()));
            else if (bookmarks.contains(l.anchor())) xml.writeAttribute("w", W, "anchor", l.anchor());
            run(l.run());
            xml.writeEndElement();
        }
    }

    private void run(Run r) throws XMLStreamException {
        xml.writeStartElement("w", "r", W);
        if (r.style != null || r.font != null || r.bold || r.italic || r.superscript) {
            xml.writeStartElement("w", "rPr", W);
            if (r.style != null) val("rStyle", r.style);
            if (r.font != null) {
                xml.writeEmptyElement("w", "rFonts", W);
                for (String a : List.of("ascii", "hAnsi", "cs", "eastAsia")) xml.writeAttribute("w", W, a, r.font);
            }
            if (r.bold) val("b", "on");
            if (r.italic) val("i", "on");
            if (r.superscript) val("vertAlign", "superscript");
            xml.writeEndElement();
        }
        for (Content c : r.content) content(c);
        xml.writeEndElement();
    }

    private void content(Content c) throws XMLStreamException {
        if (c instanceof Text t) {
            text("t", t.text());
        } else if (c instanceof Break) {
            xml.writeEmptyElement("w", "br", W);
        } else if (c instanceof FieldChar f) {
            xml.writeEmptyElement("w", "fldChar", W);
            xml.writeAttribute("w", W, "fldCharType", f.type());
        } else if (c instanceof FieldCode f) {
            text("instrText", f.code());
        } else if (c instanceof FootnoteReference f) {
            xml.writeEmptyElement("w", "footnoteReference", W);
            xml.writeAttribute("w", W, "id", Long.toString(f.id()));
        } else if (c instanceof FootnoteMark) {
            xml.writeEmptyElement("w", "footnoteRef", W);
        } else if (c instanceof Picture p) {
            picture(p);
        }
    }

    /** A text element; spaces at either end kept (Word drops them otherwise). */
    private void text(String name, String text) throws XMLStreamException {
        xml.writeStartElement("w", name, W);
        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))))
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
        xml.writeCharacters(xmlChars(text));
        xml.writeEndElement();
    }

    /** An inline picture: the drawing, its description for screen readers, and the picture part it shows. */
    private void picture(Picture p) throws XMLStreamException {
        String embed = relations.picture(p);
        xml.writeStartElement("w", "drawing", W);
        xml.writeStartElement("wp", "inline", WP);
        for (String d : List.of("distT", "distR", "distB", "distL")) xml.writeAttribute(d, "0");
        extent("wp", WP, "extent", p);
        xml.writeEmptyElement("wp", "docPr", WP);
        xml.writeAttribute("id", Integer.toString(p.n() + 1));
        xml.writeAttribute("name", "Picture " + (p.n() + 1));
        xml.writeAttribute("descr", xmlChars(p.alt()));
        xml.writeStartElement("a", "graphic", A);
        xml.writeNamespace("a", A);
        xml.writeStartElement("a", "graphicData", A);
        xml.writeAttribute("uri", PIC);
        xml.writeStartElement("pic", "pic", PIC);
        xml.writeNamespace("pic", PIC);
        xml.writeStartElement("pic", "nvPicPr", PIC);
        xml.writeEmptyElement("pic", "cNvPr", PIC);
        xml.writeAttribute("id", "0");
        xml.writeAttribute("name", "chart-" + (p.n() + 1) + ".png");
        xml.writeAttribute("descr", xmlChars(p.alt()));
        xml.writeStartElement("pic", "cNvPicPr", PIC);
        xml.writeEmptyElement("a", "picLocks", A);
        xml.writeAttribute("noChangeAspect", "true");
        xml.writeEndElement();
        xml.writeEndElement(); // nvPicPr
        xml.writeStartElement("pic", "blipFill", PIC);
        xml.writeEmptyElement("a", "blip", A);
        xml.writeAttribute("r", R, "embed", embed);
        xml.writeStartElement("a", "stretch", A);
        xml.writeEmptyElement("a", "fillRect", A);
        xml.writeEndElement();
        xml.writeEndElement(); // blipFill
        xml.writeStartElement("pic", "spPr", PIC);
        xml.writeStartElement("a", "xfrm", A);
        xml.writeEmptyElement("a", "off", A);
        xml.writeAttribute("x", "0");
        xml.writeAttribute("y", "0");
        extent("a", A, "ext", p);
        xml.writeEndElement();
        xml.writeStartElement("a", "prstGeom", A);
        xml.writeAttribute("prst", "rect");
        xml.writeEmptyElement("a", "avLst", A);
        xml.writeEndElement();
        xml.writeEndElement(); // spPr
        xml.writeEndElement(); // pic
        xml.writeEndElement(); // graphicData
        xml.writeEndElement(); // graphic
        xml.writeEndElement(); // inline
        xml.writeEndElement(); // drawing
    }

    private void extent(String prefix, String ns, String name, Picture p) throws XMLStreamException {
        xml.writeEmptyElement(prefix, name, ns);
        xml.writeAttribute("cx", Long.toString(p.widthEmu()));
        xml.writeAttribute("cy", Long.toString(p.heightEmu()));
    }

    /** A table over the text width: the TableGrid style, single borders, equal columns, header rows repeated. */
    private void table(Table t) throws XMLStreamException {
        xml.writeStartElement("w", "tbl", W);
        xml.writeStartElement("w", "tblPr", W);
        val("tblStyle", "TableGrid");
        xml.writeEmptyElement("w", "tblW", W);
        xml.writeAttribute("w", W, "w", "5000");
        xml.writeAttribute("w", W, "type", "pct");
        xml.writeStartElement("w", "tblBorders", W);
        for (String b : BORDERS) val(b, "single");
        xml.writeEndElement();
        xml.writeEndElement();
        // the column grid, which the schema requires: without it pandoc read every table as empty. Equal columns over
        // the text width; Word and LibreOffice fit them to the content
        xml.writeStartElement("w", "tblGrid", W);
        String width = Integer.toString(WordTables.TEXT_WIDTH_TWIPS / t.columns);
        for (int i = 0; i < t.columns; i++) {
            xml.writeEmptyElement("w", "gridCol", W);
            xml.writeAttribute("w", W, "w", width);
        }
        xml.writeEndElement();
        for (Row r : t.rows) {
            xml.writeStartElement("w", "tr", W);
            if (r.header()) {
                xml.writeStartElement("w", "trPr", W);
                val("tblHeader", "on");
                xml.writeEndElement();
            }
            for (Para cell : r.cells()) {
                xml.writeStartElement("w", "tc", W);
                para(cell);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** An empty element {@code w:name} with {@code w:val}. */
    private void val(String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("w", name, W);
        xml.writeAttribute("w", W, "val", value);
    }

    /** {@code s} without the characters XML 1.0 cannot hold (control characters, unpaired surrogates, U+FFFE/F). */
    static String xmlChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!allowed(s, i)) {
                StringBuilder b = new StringBuilder(s.length());
                for (int j = 0; j < s.length(); j++) if (allowed(s, j)) b.append(s.charAt(j));
                return b.toString();
            }
        }
        return s;
    }

    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        return c != 0xFFFE && c != 0xFFFF;
    }
}
