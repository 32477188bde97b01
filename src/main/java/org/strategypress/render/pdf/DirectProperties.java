package org.strategypress.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Small dictionaries the engine makes by the thousand, written inside the dictionary that holds them instead of as
 * objects of their own: each page's marked-content property lists (an artifact's {@code /Type} and {@code /BBox},
 * one per background box and page number: more than half of the archival PDF's objects) and its links' border
 * styles. The file says the same; it has half the objects, so PDFBox's save keeps half the bookkeeping over them and
 * whatever reads the file back (the review copy's stamp, {@code press comments}) parses half the cross-reference table.
 */
final class DirectProperties {

    private DirectProperties() {
    }

    /** Marks those dictionaries of {@code pdf} as direct (those held as references to objects read from a file stay). */
    static void apply(PDDocument pdf) {
        for (PDPage page : pdf.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
            if (properties != null) for (COSBase v : properties.getValues()) direct(v);
            COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
            if (annots == null) continue;
            for (COSBase a : annots) {
                if (a instanceof COSDictionary annot) direct(annot.getItem(COSName.BS));
            }
        }
    }

    /** Only a dictionary held as itself (not a reference to an object read from a file) and holding no dictionary. */
    private static void direct(COSBase v) {
        if (!(v instanceof COSDictionary d)) return;
        for (COSBase inner : d.getValues()) if (inner instanceof COSDictionary) return;
        d.setDirect(true);
    }
}
