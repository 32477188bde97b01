package org.strategypress.render.word;

import java.io.IOException;
import java.util.List;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * The reference document's settings part with track changes switched on ({@code w:trackRevisions}) and the fields
 * (the table of contents) updated when Word opens the file ({@code w:updateFields}), everything else kept as it was.
 * The schema fixes the order of the settings, so each is written before the first setting that must follow it.
 */
final class SettingsXml {

    /** The settings of ECMA-376 part 1 (CT_Settings), in the order the schema gives them. */
    private static final List<String> ORDER = List.of("writeProtection", "view", "zoom", "removePersonalInformation",
            "removeDateAndTime", "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
            "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts",
            "saveFormsData", "mirrorMargins", "alignBordersAndEdges", "bordersDoNotSurroundHeader",
            "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors",
            "activeWritingStyle", "proofState", "formsDesign", "attachedTemplate", "linkStyles", "stylePaneFormatFilter",
            "stylePaneSortMethod", "documentType", "mailMerge", "revisionView", "trackRevisions", "doNotTrackMoves",
            "doNotTrackFormatting", "documentProtection", "autoFormatOverride", "styleLockTheme", "styleLockQFSet",
            "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps",
            "showEnvelope", "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
            "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets", "drawingGridHorizontalSpacing",
            "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
            "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin",
            "doNotShadeFormData", "noPunctuationKerning", "characterSpacingControl", "printTwoOnOne",
            "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture",
            "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText",
            "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
            "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars",
            "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
            "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
            "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator");
    private static final int TRACK = ORDER.indexOf("trackRevisions");
    private static final int UPDATE = ORDER.indexOf("updateFields");

    private SettingsXml() {
    }

    /** A settings part of its own, for a reference document without one. */
    static byte[] fresh() throws IOException {
        return XmlEvents.bytes(xml -> {
            xml.writeStartElement("w", "settings", DocumentXml.W);
            xml.writeNamespace("w", DocumentXml.W);
            xml.setPrefix("w", DocumentXml.W);
            ours(xml, TRACK);
            ours(xml, UPDATE);
            xml.writeEndElement();
        });
    }

    /** The settings part read as {@code events} with both settings on (any of them there already replaced). */
    static byte[] switchedOn(List<XMLEvent> events) throws IOException {
        return XmlEvents.bytes(xml -> {
            int depth = 0;
            int written = -1; // the last of ours written: TRACK, then UPDATE
            int skipping = 0;
            for (XMLEvent e : events) {
                if (skipping > 0) {
                    if (e.isStartElement()) skipping++;
                    else if (e.isEndElement()) skipping--;
                    continue;
                }
                if (e.isStartElement()) {
                    depth++;
                    if (depth == 2) {
                        StartElement s = e.asStartElement();
                        if (isOurs(s.getName())) {
                            skipping = 1;
                            depth--;
                            continue;
                        }
                        written = before(xml, rank(s.getName()), written);
                    }
                } else if (e.isEndElement()) {
                    if (depth == 1) written = before(xml, Integer.MAX_VALUE, written);
                    depth--;
                } else if (depth < 1) {
                    continue; // the document's start and end, written by the writer itself
                }
                XmlEvents.copy(e, xml);
            }
        });
    }

    /** Writes those of ours that come before a setting of rank {@code rank}; returns the last of ours written. */
    private static int before(XMLStreamWriter xml, int rank, int written) throws XMLStreamException {
        if (written < TRACK && rank > TRACK) {
            ours(xml, TRACK);
            written = TRACK;
        }
        if (written < UPDATE && rank > UPDATE) {
            ours(xml, UPDATE);
            written = UPDATE;
        }
        return written;
    }

    private static void ours(XMLStreamWriter xml, int which) throws XMLStreamException {
        String bound = xml.getNamespaceContext().getPrefix(DocumentXml.W);
        String prefix = bound != null ? bound : "w";
        xml.writeEmptyElement(prefix, which == TRACK ? "trackRevisions" : "updateFields", DocumentXml.W);
        if (bound == null) xml.writeNamespace(prefix, DocumentXml.W);
        if (which == UPDATE) xml.writeAttribute(prefix, DocumentXml.W, "val", "true");
    }

    private static boolean isOurs(QName name) {
        return DocumentXml.W.equals(name.getNamespaceURI())
                && (name.getLocalPart().equals("trackRevisions") || name.getLocalPart().equals("updateFields"));
    }

    /**
     * Where a setting stands in the schema's order; a setting of another namespace (Word's own extensions, which
     * follow the standard ones) or unknown stands after all of them.
     */
    private static int rank(QName name) {
        int i = ORDER.indexOf(name.getLocalPart());
        boolean standard = DocumentXml.W.equals(name.getNamespaceURI())
                || name.getLocalPart().equals("mathPr") || name.getLocalPart().equals("schemaLibrary");
        return standard && i >= 0 ? i : Integer.MAX_VALUE;
    }
}
