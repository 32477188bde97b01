package org.strategypress.render.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Small dictionaries the engine makes by the thousand, made cheaper before a save:
 * <ul>
 *   <li>a page's marked-content property lists of background artifacts ({@code /Type /Background} and the
 *       {@code /BBox} of one box: one per box with a border or a background, about 280 of a tabled page's 320
 *       dictionaries, so more than half of the document's) all refer to one {@code /Background} list whose
 *       {@code /BBox} is the page's crop box. That box encloses each of them, which is all ISO 32000-1 (table 330)
 *       asks of a background artifact's box; what is lost is only how tight it was, which no reader here uses.
 *       In memory and in the file that is one dictionary per page size instead of one per box: an x50 document's
 *       join held some 1.2 million of them (about 700 MB) before this;</li>
 *   <li>the other property lists (an artifact's {@code /Type /Pagination}) are written inside the dictionary that
 *       holds them instead of as objects of their own;</li>
 *   <li>the links' border styles (every link's is {@code /S /S /W 0}: no border) are one dictionary in memory, written
 *       inside each link as before: an x50 document has some 110,000 links;</li>
 *   <li>the structure tree's object references ({@code /Type /OBJR}: one per link, naming the link's annotation
 *       for the structure element that holds it) are written inside that element's {@code /K} instead of as objects
 *       of their own.</li>
 * </ul>
 * The file says the same of its content: the same marked content, tagged the same way; PDFBox's save keeps fewer
 * objects, and whatever reads the file back (the join, the review copy's stamp, {@code press comments}) parses fewer.
 */
final class DirectProperties {

    private DirectProperties() {
    }

    /**
     * Shares the background lists and the links' border styles, marks the other lists direct (those held as references
     * to objects read from a file stay), and writes the structure tree's object references inside their elements.
     */
    static void apply(PDDocument pdf) {
        Map<List<Float>, COSDictionary> backgrounds = new HashMap<>();
        Map<Map<COSName, COSBase>, COSDictionary> borders = new HashMap<>();
        for (PDPage page : pdf.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
            if (properties != null) {
                COSDictionary shared = null;
                for (COSName key : new ArrayList<>(properties.keySet())) {
                    COSBase v = properties.getItem(key);
                    COSBase list = v instanceof COSObject o ? o.getObject() : v;
                    if (isBackground(list)) {
                        if (shared == null) {
                            PDRectangle crop = page.getCropBox();
                            shared = backgrounds.computeIfAbsent(box(crop), b -> background(crop));
                        }
                        if (list != shared) properties.setItem(key, shared);
                    } else {
                        direct(v);
                    }
                }
            }
            COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
            if (annots == null) continue;
            for (COSBase a : annots) {
                if (a instanceof COSObject o) a = o.getObject();
                if (a instanceof COSDictionary annot && annot.getItem(COSName.BS) instanceof COSDictionary bs) {
                    Map<COSName, COSBase> entries = plainEntries(bs);
                    COSDictionary shared = entries == null ? bs : borders.computeIfAbsent(entries, e -> bs);
                    shared.setDirect(true);
                    if (shared != bs) annot.setItem(COSName.BS, shared);
                }
            }
        }
        objectReferencesInline(pdf);
    }

    /** The entries of a border style of names and numbers only (which compare by value), else null. */
    private static Map<COSName, COSBase> plainEntries(COSDictionary d) {
        Map<COSName, COSBase> entries = new HashMap<>();
        for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
            if (!(e.getValue() instanceof COSName) && !(e.getValue() instanceof COSNumber)) return null;
            entries.put(e.getKey(), e.getValue());
        }
        return entries;
    }

    /** Every {@code /OBJR} in the structure tree written inside the {@code /K} that holds it. */
    private static void objectReferencesInline(PDDocument pdf) {
        COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (root == null) return;
        java.util.ArrayDeque<COSDictionary> todo = new java.util.ArrayDeque<>();
        java.util.Set<COSDictionary> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        todo.push(root);
        while (!todo.isEmpty()) {
            COSDictionary element = todo.pop();
            if (!seen.add(element)) continue;
            COSBase k = element.getItem(COSName.K);
            if (k instanceof COSObject o) k = o.getObject();
            if (k instanceof COSArray kids) {
                for (int i = 0; i < kids.size(); i++) {
                    COSDictionary inline = inlined(kids.get(i), todo);
                    if (inline != null) kids.set(i, inline);
                }
            } else {
                COSDictionary inline = inlined(element.getItem(COSName.K), todo);
                if (inline != null) element.setItem(COSName.K, inline);
            }
        }
    }

    /** A kid that is an object reference, marked direct, to hold in its place; else null (a structure element is pushed). */
    private static COSDictionary inlined(COSBase kid, java.util.Deque<COSDictionary> todo) {
        COSBase held = kid instanceof COSObject o ? o.getObject() : kid;
        if (!(held instanceof COSDictionary d)) return null;
        if (isObjectReference(d)) {
            d.setDirect(true);
            return d;
        }
        if (d.containsKey(COSName.K)) todo.push(d);
        return null;
    }

    private static boolean isObjectReference(COSDictionary d) {
        return COSName.OBJR.equals(d.getCOSName(COSName.TYPE));
    }

    /** A background artifact's property list as the engine writes it: its type and box, nothing else. */
    private static boolean isBackground(COSBase list) {
        return list instanceof COSDictionary d && d.size() == 2 && COSName.BACKGROUND.equals(d.getCOSName(COSName.TYPE))
                && d.getItem(COSName.BBOX) instanceof COSArray;
    }

    private static List<Float> box(PDRectangle r) {
        return List.of(r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getUpperRightY());
    }

    /** The list every background artifact of a page with this crop box refers to: an object of its own, written once. */
    private static COSDictionary background(PDRectangle cropBox) {
        COSDictionary d = new COSDictionary();
        d.setItem(COSName.TYPE, COSName.BACKGROUND);
        d.setItem(COSName.BBOX, new PDRectangle(cropBox.getLowerLeftX(), cropBox.getLowerLeftY(),
                cropBox.getWidth(), cropBox.getHeight()).getCOSArray());
        return d;
    }

    /** Only a dictionary held as itself (not a reference to an object read from a file) and holding no dictionary. */
    private static void direct(COSBase v) {
        if (!(v instanceof COSDictionary d)) return;
        for (COSBase inner : d.getValues()) if (inner instanceof COSDictionary) return;
        d.setDirect(true);
    }
}
