package org.strategypress.render.pdf;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Numbers first the objects the review copy's stamp reads back out of the archival PDF, so that they share its first
 * object streams. PDFBox reads an object out of an object stream by parsing the whole stream (2,000 objects, {@link
 * XrefSelfEntry#OBJECTS_PER_STREAM}), and its incremental save reads every object an updated one refers to: left to
 * the save's own numbering, the pages' font dictionaries and links lay among the tagged structure and the links'
 * actions, and the stamp parsed about half the file to touch 159 pages. Numbered first: the pages, their resources and
 * font dictionaries, the fonts, and each page's list of links (held as an object of its own, so that a page written
 * again refers to it instead of to every link), and what the catalog holds.
 *
 * <p>Only for a document made in memory (no object numbered yet); PDFBox's save keeps numbers it is given and numbers
 * the rest after them.
 */
final class StampReadsFirst {

    private StampReadsFirst() {
    }

    static void apply(PDDocument pdf) {
        COSDocument cos = pdf.getDocument();
        if (cos.getHighestXRefObjectNumber() != 0) return;
        Numbering n = new Numbering();
        COSDictionary catalog = pdf.getDocumentCatalog().getCOSObject();
        for (COSBase v : catalog.getValues()) n.number(v);
        for (PDPage page : pdf.getPages()) {
            COSDictionary dict = page.getCOSObject();
            n.number(dict);
            n.number(dict.getItem(COSName.PARENT));
            COSDictionary resources = dict.getCOSDictionary(COSName.RESOURCES);
            n.number(resources);
            COSDictionary fonts = resources == null ? null : resources.getCOSDictionary(COSName.FONT);
            n.number(fonts);
            if (fonts != null) for (COSBase f : fonts.getValues()) n.number(f);
            if (dict.getItem(COSName.ANNOTS) instanceof COSArray links) {
                links.setDirect(false);
                n.number(links);
            }
        }
        cos.setHighestXRefObjectNumber(n.last);
    }

    /** Numbers objects in the order met, each once; a direct one, a stream or one already numbered is passed over. */
    private static final class Numbering {
        private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private long last;

        void number(COSBase b) {
            if (!(b instanceof COSDictionary || b instanceof COSArray) || b instanceof COSStream) return;
            if (b.isDirect() || b.getKey() != null || !seen.add(b)) return;
            b.setKey(new COSObjectKey(++last, 0));
        }
    }
}
