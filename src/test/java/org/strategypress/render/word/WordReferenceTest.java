package org.strategypress.render.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;

/**
 * A reference document a design team saved from Word: its page (landscape, its margins), its footnote separators and
 * its settings survive in the Word copy, track changes and field updates are switched on in the schema's order, and
 * the body and footnotes the copy writes are valid WordprocessingML (checked against POI's schema, which nobody here wrote).
 */
class WordReferenceTest {

    static final String PRINT = """
            <section class="module">
              <h1 id="intro">1 Introduction</h1>
              <p id="p-1-1-1" data-para="1.1.1">Skills come first.<sup class="footnote-ref"><a href="#fn-1" class="footnote-ref">1</a></sup>
                See <a href="https://example.org/report">the report</a> and <a href="#intro">the introduction</a>,
                not <a href="#nowhere-in-word">a drawing Word has no place for</a>.<svg id="nowhere-in-word"></svg></p>
              <table id="tbl-graduates" data-para="1.1.2"><caption>Table 1.1. Graduates</caption>
                <thead><tr><th>Year</th><th>Graduates</th></tr></thead><tbody><tr id="row-2027"><td>2027</td><td>1500</td></tr></tbody></table>
            </section>
            <section class="footnotes"><ol><li id="fn-1"><p>The team's own estimate.</p></li></ol></section>
            """;

    static final String SETTINGS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:settings xmlns:w=\"" + DocumentXml.W + "\" xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\">"
            + "<w:zoom w:percent=\"120\"/><w:trackRevisions w:val=\"false\"/>"
            + "<w:defaultTabStop w:val=\"708\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:rsids><w:rsidRoot w:val=\"005968A6\"/></w:rsids><m:mathPr><m:mathFont m:val=\"Cambria Math\"/></m:mathPr>"
            + "<w:themeFontLang w:val=\"en-GB\"/><w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/></w:settings>";

    static final String DOCUMENT = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"" + DocumentXml.W + "\" xmlns:r=\"" + DocumentXml.R + "\" xmlns:w10=\"urn:schemas-microsoft-com:office:word\">"
            + "<w:body><w:p><w:r><w:t>Restyle me.</w:t></w:r></w:p>"
            + "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
            + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
            + "</w:sectPr></w:body></w:document>";

    static final String FOOTNOTES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:footnotes xmlns:w=\"" + DocumentXml.W + "\">"
            + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
            + "</w:footnotes>";

    @TempDir
    Path dir;

    @Test
    void aReferenceSavedFromWordKeepsItsPageSeparatorsAndSettingsAndTheCopyIsValidWordprocessingMl() throws Exception {
        byte[] docx = wordCopy(wordLikeReference());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var page = doc.getDocument().getBody().getSectPr();
            assertEquals("16838", page.getPgSz().xgetW().getStringValue(), "the reference's landscape A4");
            assertEquals("1701", page.getPgMar().xgetLeft().getStringValue(), "the reference's margins");
            List<String> notes = new ArrayList<>();
            for (XWPFFootnote n : doc.getFootnotes()) notes.add(n.getCTFtnEdn().getId() + ":" + n.getCTFtnEdn().getType() + ":" + n.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat).strip());
            assertEquals(List.of("-1:separator:", "0:continuationSeparator:", "1:normal:The team's own estimate."), notes,
                    "Word's separators kept, the copy's footnote numbered after them");
            assertTrue(doc.getSettings().isTrackRevisions(), "track changes on (the reference had it off)");
        }
        String settings = part(docx, "word/settings.xml");
        assertEquals(1, settings.split("trackRevisions", -1).length - 1, "one trackRevisions, the reference's replaced: " + settings);
        for (String kept : List.of("w:zoom w:percent=\"120\"", "compatibilityMode", "Cambria Math", "w:listSeparator"))
            assertTrue(settings.contains(kept), kept + " kept: " + settings);
        // in the schema's order (POI's schemas here lack most of the settings' types, so the order is checked by hand)
        List<String> order = List.of("<w:zoom", "<w:trackRevisions", "<w:defaultTabStop", "<w:updateFields", "<w:compat>",
                "<w:rsids>", "<m:mathPr>", "<w:themeFontLang", "<w:listSeparator");
        for (int i = 1; i < order.size(); i++)
            assertTrue(settings.indexOf(order.get(i - 1)) < settings.indexOf(order.get(i)), order.get(i - 1) + " before " + order.get(i) + ": " + settings);
        assertValid(DocumentDocument.Factory.parse(part(docx, "word/document.xml")));
        assertValid(FootnotesDocument.Factory.parse(part(docx, "word/footnotes.xml")));
    }

    @Test
    void linksGoToBookmarksOrAddressesAndALinkWithoutTargetKeepsItsText() throws Exception {
        byte[] docx = wordCopy(Path.of("templates/word/reference.docx"));
        String document = part(docx, "word/document.xml");
        assertTrue(document.contains("<w:hyperlink w:anchor=\"intro\">"), "the link to the heading's bookmark");
        assertTrue(document.contains("<w:bookmarkStart w:id=\"") && document.contains("w:name=\"intro\""), "the heading's bookmark");
        assertTrue(document.contains("<w:hyperlink><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t>a drawing Word has no place for</w:t>"),
                "a link to an id that got no bookmark keeps its text, without target: " + document);
        String rels = part(docx, "word/_rels/document.xml.rels");
        assertTrue(rels.contains("Target=\"https://example.org/report\"") && rels.contains("TargetMode=\"External\""), rels);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals("https://example.org/report", doc.getHyperlinks()[0].getURL(), "the address, as Word reads it");
            assertEquals("Table 1.1. Graduates", doc.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle()))
                    .findFirst().orElseThrow().getText().replace("1.1.2  ", ""));
            assertTrue(doc.getTables().get(0).getRow(0).isRepeatHeader(), "the header row repeated on each page");
        }
    }

    private byte[] wordCopy(Path reference) throws IOException {
        Document print = Jsoup.parse(PRINT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WordCopy.write(print, reference, Map::of, Instant.parse("2026-12-01T00:00:00Z"),
                new WordCopy.Words("Contents", "Update the field", "see the PDF"), out);
        return out.toByteArray();
    }

    /** The shipped reference document with Word's settings, section properties and footnote separators. */
    private Path wordLikeReference() throws IOException {
        Path file = dir.resolve("reference.docx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Path.of("templates/word/reference.docx")));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                String text = new String(bytes, StandardCharsets.UTF_8);
                switch (e.getName()) {
                    case "word/settings.xml" -> text = SETTINGS;
                    case "word/document.xml" -> text = DOCUMENT;
                    case "word/_rels/document.xml.rels" -> text = text.replace("</Relationships>",
                            "<Relationship Id=\"rId99\" Type=\"" + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
                                    + "\" Target=\"footnotes.xml\"/></Relationships>");
                    case "[Content_Types].xml" -> text = text.replace("</Types>", "<Override PartName=\"/word/footnotes.xml\" ContentType=\""
                            + "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/></Types>");
                    default -> text = null;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(text == null ? bytes : text.getBytes(StandardCharsets.UTF_8));
            }
            out.putNextEntry(new ZipEntry("word/footnotes.xml"));
            out.write(FOOTNOTES.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static String part(byte[] docx, String name) throws IOException {
        Path f = Files.createTempFile("copy", ".docx");
        try {
            Files.write(f, docx);
            try (ZipFile z = new ZipFile(f.toFile()); InputStream in = z.getInputStream(z.getEntry(name))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(f);
        }
    }

    private static void assertValid(XmlObject part) {
        List<XmlError> errors = new ArrayList<>();
        assertTrue(part.validate(new XmlOptions().setErrorListener(errors)), () -> errors.toString());
    }
}
