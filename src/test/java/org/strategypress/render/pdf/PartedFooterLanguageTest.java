package org.strategypress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.strategypress.testing.SampleBuild;

/**
 * A document too large to render whole is rendered in parts and its footer stamped after the join: in the
 * document's language, as the engine writes it for a document rendered whole ("Səhifə 2 / 3" in Azerbaijani).
 */
class PartedFooterLanguageTest {

    private static final Path FONT = Path.of("templates").resolve(PartedRender.FOOTER_FONT);

    @Test
    void theAzerbaijaniPrintDocumentWordsItsFooterInAzerbaijani() throws Exception {
        Path az;
        try (var files = Files.walk(SampleBuild.out().resolve("pdf"))) {
            az = files.filter(p -> p.getFileName().toString().endsWith("-az.html")).findFirst().orElseThrow();
        }
        String label = Jsoup.parse(Files.readString(az)).selectFirst("html").attr("data-page-label");
        assertEquals("Səhifə {0} / {1}", label);
        assertEquals("Səhifə {0} / {1}", PrintParts.split(Files.readString(az), 400_000).pageLabel());
    }

    @Test
    void aTemplateThatGivesNoWordsKeepsTheEnglishFooter() {
        PrintParts parts = PrintParts.split("<html lang='fr'><head></head><body><section class='cover'>x</section>"
                + "<section class='module'><h1 id='m'>M</h1><p>text</p></section></body></html>", 400_000);
        assertEquals("page {0} of {1}", parts.pageLabel());
    }

    @Test
    void theStampSaysPageXOfYInTheWordsGivenAfterTheCover() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 3; i++) doc.addPage(new PDPage());
            FooterStamp.stamp(doc, PDType0Font.load(doc, FONT.toFile()), "Səhifə {0} / {1}");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= 3; p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                String text = s.getText(doc);
                if (p == 1) assertFalse(text.contains("Səhifə"), "the cover has no footer: " + text);
                else assertTrue(text.contains("Səhifə " + p + " / 3"), "page " + p + ": " + text);
                assertFalse(text.contains("page"), "no English left on page " + p + ": " + text);
            }
        }
    }
}
