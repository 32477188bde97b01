package org.strategypress.render.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.Namespace;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import javax.xml.stream.XMLEventReader;

/**
 * Reading and writing the XML parts of the reference document with the JDK's StAX: no DTD, no external entity (the
 * reference document comes from the templates folder, which anyone may have edited), and events written back as they
 * were read.
 */
final class XmlEvents {

    private static final XMLInputFactory IN = XMLInputFactory.newFactory();
    private static final XMLOutputFactory OUT = XMLOutputFactory.newFactory();

    static {
        IN.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        IN.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XmlEvents() {
    }

    /** The events of a part, read whole (the reference document's parts are small). */
    static List<XMLEvent> read(InputStream in) throws IOException {
        List<XMLEvent> events = new ArrayList<>();
        try {
            XMLEventReader r = IN.createXMLEventReader(in);
            while (r.hasNext()) events.add(r.nextEvent());
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
        return events;
    }

    /** A writer of UTF-8 XML into {@code out}, its declaration written. */
    private static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = OUT.createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        return w;
    }

    /** The part's XML written by {@code body} into a writer of its own, as bytes. */
    static byte[] bytes(Part body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            XMLStreamWriter w = writer(bytes);
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the Word copy's XML: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** Writes the XML of one part. */
    interface Part {
        void write(XMLStreamWriter xml) throws XMLStreamException, IOException;
    }

    /** Writes {@code e} (an element's start or end, or text) to {@code w}; other events (comments, ...) are left out. */
    static void copy(XMLEvent e, XMLStreamWriter w) throws XMLStreamException {
        if (e.isStartElement()) {
            StartElement s = e.asStartElement();
            w.writeStartElement(s.getName().getPrefix(), s.getName().getLocalPart(), s.getName().getNamespaceURI());
            namespaces(s, w, List.of());
            for (Iterator<Attribute> i = s.getAttributes(); i.hasNext(); ) {
                Attribute a = i.next();
                if (a.getName().getNamespaceURI().isEmpty()) w.writeAttribute(a.getName().getLocalPart(), a.getValue());
                else w.writeAttribute(a.getName().getPrefix(), a.getName().getNamespaceURI(), a.getName().getLocalPart(), a.getValue());
            }
        } else if (e.isEndElement()) {
            w.writeEndElement();
        } else if (e.isCharacters()) {
            w.writeCharacters(e.asCharacters().getData());
        }
    }

    /** Writes the namespaces {@code s} declares, but for the prefixes {@code own} (declared already). */
    static void namespaces(StartElement s, XMLStreamWriter w, List<String> own) throws XMLStreamException {
        for (Iterator<Namespace> i = s.getNamespaces(); i.hasNext(); ) {
            Namespace n = i.next();
            if (own.contains(n.getPrefix())) continue;
            if (n.isDefaultNamespaceDeclaration()) w.writeDefaultNamespace(n.getNamespaceURI());
            else w.writeNamespace(n.getPrefix(), n.getNamespaceURI());
        }
    }
}
