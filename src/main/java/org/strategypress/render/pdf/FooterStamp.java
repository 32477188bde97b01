package org.strategypress.render.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The footer "page X of Y" of a document rendered in parts, where the engine's {@code counter(page)} only
 * counts within a part. Drawn on every page after the cover where print.css puts it ({@code @bottom-right}:
 * 8pt, #444, right-aligned on the right margin, 3mm below the top of the bottom margin), as an artifact
 * ({@code /Artifact BMC ... EMC}) so that the tagged structure is untouched and PDF/UA stays valid.
 */
final class FooterStamp {

    private static final float MM = 72f / 25.4f;
    /** Right page margin of print.css ({@code @page { margin: 24mm 18mm 22mm 18mm }}). */
    private static final float RIGHT_MARGIN = 18 * MM;
    /** Bottom page margin, less the margin box's {@code padding-top: 3mm}: the top of the footer line. */
    private static final float LINE_TOP = (22 - 3) * MM;
    private static final float SIZE = 8f;
    private static final float GREY = 0x44 / 255f;

    private FooterStamp() {
    }

    /**
     * Stamps "page X of Y" on pages 2 to Y of {@code pdf} in {@code font} (embedded, e.g. Noto Sans), worded by
     * {@code label}: {0} the page, {1} the pages ("Səhifə {0} / {1}" in Azerbaijani).
     */
    static void stamp(PDDocument pdf, PDFont font, String label) throws IOException {
        int total = pdf.getNumberOfPages();
        float ascent = font.getFontDescriptor().getAscent() / 1000f * SIZE;
        int i = -1;
        for (PDPage page : pdf.getPages()) { // in order; PDDocument.getPage(i) would walk the page tree for each page
            if (++i == 0) continue;
            String text = label.replace("{0}", Integer.toString(i + 1)).replace("{1}", Integer.toString(total));
            float width = font.getStringWidth(text) / 1000f * SIZE;
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page, AppendMode.APPEND, true, true)) {
                cs.beginMarkedContent(COSName.ARTIFACT);
                cs.beginText();
                cs.setFont(font, SIZE);
                cs.setNonStrokingColor(GREY, GREY, GREY);
                cs.newLineAtOffset(box.getUpperRightX() - RIGHT_MARGIN - width, box.getLowerLeftY() + LINE_TOP - ascent);
                cs.showText(text);
                cs.endText();
                cs.endMarkedContent();
            }
        }
    }
}
