package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;

/**
 * Azerbaijani letters (ə Ə ğ ı İ ö ş ç ü) survive into the PDF's text and metadata. The sample is written in
 * English and has none, so a small strategy in Azerbaijani is built here.
 */
class AzerbaijaniTextPdfTest {

    @TempDir
    Path dir;

    @Test
    void azerbaijaniWordsComeOutOfThePdfIntact() throws IOException {
        StrategyFixture strategy = StrategyFixture.in(dir)
                .write("content/strategy.yaml", """
                        title: Rəqəmsal İnkişaf Strategiyası
                        country: Azərbaycan
                        language: az
                        status: draft
                        horizon: {from: 2026, to: 2030}
                        """)
                .write("content/modules/1-intro/01-introduction.md", """
                        # Giriş

                        Bu strategiya rəqəmsal bacarıqları gücləndirir: şəbəkə, ölçü, çağırış, üstünlük, İqtisadiyyat.

                        Qısa cümlə: ığ öş çü əƏ.
                        """);
        strategy.build();

        try (PDDocument pdf = Loader.loadPDF(strategy.pdf().toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String word : List.of("Rəqəmsal", "İnkişaf", "Strategiyası", "Giriş", "bacarıqları",
                    "gücləndirir", "şəbəkə", "ölçü", "çağırış", "üstünlük", "İqtisadiyyat", "ığ öş çü əƏ"))
                assertTrue(text.contains(word), "'" + word + "' not in the PDF's text: " + text);
            // the cover sets the country in letter-spaced capitals: Ə upper-cased, letters extracted one by one
            assertTrue(text.replace(" ", "").contains("AZƏRBAYCAN"), text);
            assertEquals("Rəqəmsal İnkişaf Strategiyası", pdf.getDocumentInformation().getTitle());
        }
    }
}
