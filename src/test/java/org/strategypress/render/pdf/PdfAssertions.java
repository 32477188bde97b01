package org.strategypress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Checks an archivist makes of any PDF we produce. */
final class PdfAssertions {

    private PdfAssertions() {
    }

    /** Every font on every page is embedded (PDF/A), and no page draws a raster image (charts are vector). */
    static void fontsEmbeddedAndNoRasterImages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (var name : res.getFontNames()) {
                    PDFont f = res.getFont(name);
                    assertTrue(f.isEmbedded(), "font not embedded: " + f.getName());
                }
                for (var name : res.getXObjectNames())
                    assertTrue(!(res.getXObject(name) instanceof PDImageXObject), "a raster image on a page: " + name);
            }
        }
    }
}
