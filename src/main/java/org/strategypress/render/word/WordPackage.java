package org.strategypress.render.word;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.strategypress.render.word.WordBlocks.Block;
import org.strategypress.render.word.WordBlocks.Para;
import org.strategypress.render.word.WordBlocks.Picture;

/**
 * The Word copy as a package made from the reference document with POI's OPC layer (its parts, relationships and
 * content types): the styles, numbering, headers and footers of the reference are kept as they are, its body is
 * replaced by the copy's (its section properties, page size and margins, kept), the footnotes are added to its own,
 * and track changes and field updates are switched on in its settings.
 */
final class WordPackage implements AutoCloseable {

    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    /** Our prefixes, declared on the root of the parts we write. */
    private static final List<String> OURS = List.of("w", "r", "wp");

    private final OPCPackage pkg;
    private final PackagePart document;
    /** The reference's footnotes part (null: none) and its XML, read once. */
    private final PackagePart footnotePart;
    private final List<XMLEvent> theirFootnotes;

    private WordPackage(OPCPackage pkg, PackagePart document) {
        this.pkg = pkg;
        this.document = document;
        this.footnotePart = related(document, "footnotes");
        this.theirFootnotes = footnotePart == null ? List.of() : events(footnotePart);
    }

    /**
     * The reference document {@code in}, read whole.
     *
     * @throws UncheckedIOException when it is not a Word document (what is wrong is the reference, not the output)
     */
    static WordPackage open(InputStream in) {
        try {
            OPCPackage pkg = OPCPackage.open(in);
            PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            PackagePart document = main.isEmpty() ? null : pkg.getPart(main.getRelationship(0));
            if (document == null) {
                pkg.revert();
                throw new UncheckedIOException(new IOException("it has no main document part"));
            }
            try {
                return new WordPackage(pkg, document);
            } catch (RuntimeException e) {
                pkg.revert();
                throw e;
            }
        } catch (InvalidFormatException | IOException e) {
            throw new UncheckedIOException(new IOException("not a Word document: " + e.getMessage(), e));
        }
    }

    /**
     * Writes the package with {@code body} as its body and {@code footnotes} (by id) among its footnotes, to
     * {@code out} (a zip the package is written into as it is).
     */
    void write(List<Block> body, Map<Long, Para> footnotes, Set<String> bookmarks, OutputStream out) throws IOException {
        List<XMLEvent> reference = events(document);
        byte[] documentXml = XmlEvents.bytes(xml -> {
            root(xml, reference, "document");
            xml.writeStartElement("w", "body", DocumentXml.W);
            new DocumentXml(xml, relations(document), bookmarks).blocks(body);
            sectionProperties(reference, xml);
            xml.writeEndElement();
            xml.writeEndElement();
        });
        if (!footnotes.isEmpty()) footnotes(footnotes, bookmarks);
        settings();
        replace(document, documentXml);
        pkg.save(out);
    }

    /** The first footnote id free in the reference document's footnotes (Word's own separators are -1 and 0). */
    long firstFootnoteId() {
        long max = 0;
        for (XMLEvent e : theirFootnotes) {
            if (!isW(e, "footnote")) continue;
            Attribute id = e.asStartElement().getAttributeByName(new QName(DocumentXml.W, "id"));
            if (id != null) {
                try {
                    max = Math.max(max, Long.parseLong(id.getValue().strip()));
                } catch (NumberFormatException ignored) {
                    // not a number: Word would not have written it, and it cannot clash with ours
                }
            }
        }
        return max + 1;
    }

    /** The reference's footnotes with ours after them. */
    private void footnotes(Map<Long, Para> notes, Set<String> bookmarks) throws IOException {
        List<XMLEvent> theirs = theirFootnotes;
        PackagePart target = footnotePart;
        if (target == null) {
            PackagePartName name = partName("/word/footnotes.xml");
            target = pkg.createPart(name, CT + "footnotes+xml");
            document.addRelationship(name, TargetMode.INTERNAL, REL + "footnotes");
        }
        PackagePart into = target;
        byte[] xml = XmlEvents.bytes(w -> {
            root(w, theirs, "footnotes");
            int depth = 0;
            for (XMLEvent e : theirs) {
                if (e.isStartElement()) depth++;
                if (depth >= 2) XmlEvents.copy(e, w);
                if (e.isEndElement()) depth--;
            }
            DocumentXml out = new DocumentXml(w, relations(into), bookmarks);
            for (Map.Entry<Long, Para> n : notes.entrySet()) {
                w.writeStartElement("w", "footnote", DocumentXml.W);
                w.writeAttribute("w", DocumentXml.W, "type", "normal");
                w.writeAttribute("w", DocumentXml.W, "id", Long.toString(n.getKey()));
                out.para(n.getValue());
                w.writeEndElement();
            }
            w.writeEndElement();
        });
        replace(into, xml);
    }

    /** The settings with track changes and field updates on (a settings part of its own when there is none). */
    private void settings() throws IOException {
        PackagePart part = related(document, "settings");
        if (part == null) {
            PackagePartName name = partName("/word/settings.xml");
            part = pkg.createPart(name, CT + "settings+xml");
            document.addRelationship(name, TargetMode.INTERNAL, REL + "settings");
            replace(part, SettingsXml.fresh());
            return;
        }
        replace(part, SettingsXml.switchedOn(events(part)));
    }

    /** The root element {@code w:name}: our namespaces and those the reference's root declares. */
    private static void root(XMLStreamWriter xml, List<XMLEvent> reference, String name) throws XMLStreamException {
        xml.writeStartElement("w", name, DocumentXml.W);
        xml.writeNamespace("w", DocumentXml.W);
        xml.writeNamespace("r", DocumentXml.R);
        xml.writeNamespace("wp", DocumentXml.WP);
        for (XMLEvent e : reference) {
            if (e.isStartElement()) {
                XmlEvents.namespaces(e.asStartElement(), xml, OURS);
                break;
            }
        }
    }

    /** The reference body's section properties (page size, margins, headers and footers), when it has them. */
    private static void sectionProperties(List<XMLEvent> reference, XMLStreamWriter xml) throws XMLStreamException {
        int depth = 0;
        int from = -1;
        int to = -1;
        for (int i = 0; i < reference.size(); i++) {
            XMLEvent e = reference.get(i);
            if (e.isStartElement()) {
                depth++;
                if (depth == 3 && isW(e, "sectPr")) {
                    from = i;
                    to = -1;
                }
            } else if (e.isEndElement()) {
                if (depth == 3 && from >= 0 && to < 0) to = i;
                depth--;
            }
        }
        if (from < 0 || to < 0) return;
        for (int i = from; i <= to; i++) XmlEvents.copy(reference.get(i), xml);
    }

    private static boolean isW(XMLEvent e, String name) {
        if (!e.isStartElement()) return false;
        StartElement s = e.asStartElement();
        return DocumentXml.W.equals(s.getName().getNamespaceURI()) && s.getName().getLocalPart().equals(name);
    }

    /** Pictures stored as parts of the package and links to addresses outside, as relationships of {@code part}. */
    private DocumentXml.Relations relations(PackagePart part) {
        Map<String, String> links = new HashMap<>();
        return new DocumentXml.Relations() {
            @Override
            public String picture(Picture p) {
                try {
                    PackagePartName name = partName("/word/media/image" + pkg.getUnusedPartIndex("/word/media/image#.png") + ".png");
                    PackagePart image = pkg.createPart(name, "image/png");
                    try (OutputStream o = image.getOutputStream()) {
                        o.write(p.png());
                    }
                    return part.addRelationship(name, TargetMode.INTERNAL, PackageRelationshipTypes.IMAGE_PART).getId();
                } catch (IOException | InvalidFormatException e) {
                    throw new IllegalStateException("cannot store a chart's picture: " + e.getMessage(), e);
                }
            }

            @Override
            public String link(String href) {
                return links.computeIfAbsent(href, h -> part.addExternalRelationship(h, PackageRelationshipTypes.HYPERLINK_PART).getId());
            }
        };
    }

    /**
     * The part {@code part} refers to with a relationship of type {@code REL + type}, or null; a relationship that
     * cannot be followed is the reference's fault.
     */
    private static PackagePart related(PackagePart part, String type) {
        try {
            PackageRelationshipCollection rels = part.getRelationshipsByType(REL + type);
            if (rels.isEmpty()) return null;
            PackageRelationship rel = rels.getRelationship(0);
            return rel.getTargetMode() == TargetMode.EXTERNAL ? null : part.getRelatedPart(rel);
        } catch (InvalidFormatException e) {
            throw new UncheckedIOException(new IOException("its " + type + " cannot be read: " + e.getMessage(), e));
        }
    }

    /** The events of the reference's part {@code part}; a part that cannot be read is the reference's fault. */
    private static List<XMLEvent> events(PackagePart part) {
        try (InputStream in = part.getInputStream()) {
            return XmlEvents.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException(part.getPartName().getName() + ": " + e.getMessage(), e));
        }
    }

    private static void replace(PackagePart part, byte[] xml) throws IOException {
        try (OutputStream o = part.getOutputStream()) {
            o.write(xml);
        }
    }

    private static PackagePartName partName(String name) throws IOException {
        try {
            return PackagingURIHelper.createPartName(name);
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pkg.revert(); // read from a stream: nothing to save back
    }
}
