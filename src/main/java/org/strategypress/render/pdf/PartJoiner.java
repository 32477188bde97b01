package org.strategypress.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.strategypress.render.pdf.PrintParts.OutlineEntry;

/**
 * Joins rendered parts into one PDF: appends them in order (PDFBox merges the structure trees and
 * renumbers the parent tree), turns cross-part links into jumps to the page and height where their id
 * landed, writes the outline, stamps "page X of Y", and finishes the file like a single render.
 */
final class PartJoiner {

    /** Where an id landed: page index (0-based) and the height of its top on that page. */
    record Anchor(int page, int top) {}

    private PartJoiner() {
    }

    /** Where each bookmarked id of a part landed, read from the part's outline (names are ids). */
    static Map<String, Anchor> anchors(PDDocument part) {
        Map<String, Anchor> out = new java.util.HashMap<>();
        PDDocumentOutline outline = part.getDocumentCatalog().getDocumentOutline();
        if (outline == null) return out;
        for (PDOutlineItem item : outline.children()) {
            try {
                PDDestination d = item.getDestination();
                if (d == null && item.getAction() instanceof PDActionGoTo g) d = g.getDestination();
                if (d instanceof PDPageXYZDestination xyz)
                    out.put(item.getTitle(), new Anchor(part.getPages().indexOf(xyz.getPage()), xyz.getTop()));
            } catch (IOException e) {
                throw new PdfRenderException("cannot read the outline of a part: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * Writes the joined document to {@code out}.
     *
     * @param parts   the rendered parts in order, the front part first (a list this may change: each part but the first
     *                is set to null once appended, so that its bytes can go)
     * @param anchors every bookmarked id with its page in the joined document
     * @return ids that cross-part links point at but no part placed (links left as they are)
     */
    static Set<String> join(List<byte[]> parts, Map<String, Anchor> anchors, List<OutlineEntry> outline,
                            Path footerFont, PdfFinisher finisher, OutputStream out) throws IOException {
        try (PDDocument joined = Loader.loadPDF(parts.get(0))) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (int i = 1; i < parts.size(); i++) {
                // appending copies every object and stream of the part, so each part is closed at once, and its bytes
                // let go (the first part's stay: the joined document reads its objects from them as it needs them)
                try (PDDocument part = Loader.loadPDF(parts.get(i))) {
                    merger.appendDocument(joined, part);
                }
                parts.set(i, null);
            }
            flattenStructure(joined);
            Set<String> missing = resolveLinks(joined, anchors);
            PDDocumentOutline root = new PDDocumentOutline();
            addOutline(joined, root, outline, anchors);
            joined.getDocumentCatalog().setDocumentOutline(root);
            FooterStamp.stamp(joined, PDType0Font.load(joined, footerFont.toFile()));
            finisher.finish(joined);
            DirectProperties.apply(joined); // the merger's copies are objects of their own again
            XrefSelfEntry.save(joined, out);
            return missing;
        }
    }

    /**
     * Appending nests each part's {@code Document} structure element under a new one; this moves their
     * children up, so the tree has one {@code Document} element as a single render has. Also drops the
     * {@code /Suspects false} the merger writes into {@code /MarkInfo} (a single render has none).
     */
    private static void flattenStructure(PDDocument pdf) {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root == null || !(root.getK() instanceof COSDictionary top) || !COSName.DOCUMENT.equals(top.getCOSName(COSName.S))) return;
        COSArray kids = new COSArray();
        COSBase lang = null;
        for (COSBase k : asArray(top.getDictionaryObject(COSName.K))) {
            COSBase kid = k instanceof COSObject o ? o.getObject() : k;
            if (kid instanceof COSDictionary d && COSName.DOCUMENT.equals(d.getCOSName(COSName.S)) && onlyElements(d)) {
                if (lang == null) lang = d.getDictionaryObject(COSName.LANG);
                for (COSBase grandchild : asArray(d.getDictionaryObject(COSName.K))) {
                    COSBase g = grandchild instanceof COSObject o ? o.getObject() : grandchild;
                    if (g instanceof COSDictionary gd && gd.containsKey(COSName.P)) gd.setItem(COSName.P, top);
                    kids.add(grandchild);
                }
            } else {
                kids.add(k);
            }
        }
        top.setItem(COSName.K, kids);
        if (lang != null && !top.containsKey(COSName.LANG)) top.setItem(COSName.LANG, lang);
        COSDictionary markInfo = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.MARK_INFO);
        if (markInfo != null) markInfo.removeItem(COSName.getPDFName("Suspects"));
    }

    /** True when every kid is a structure element: no marked content belongs to the element itself. */
    private static boolean onlyElements(COSDictionary element) {
        for (COSBase k : asArray(element.getDictionaryObject(COSName.K))) {
            COSBase kid = k instanceof COSObject o ? o.getObject() : k;
            if (!(kid instanceof COSDictionary d) || !d.containsKey(COSName.S)) return false;
        }
        return true;
    }

    private static COSArray asArray(COSBase k) {
        if (k instanceof COSArray a) return a;
        COSArray a = new COSArray();
        if (k != null) a.add(k);
        return a;
    }

    private static Set<String> resolveLinks(PDDocument pdf, Map<String, Anchor> anchors) throws IOException {
        Set<String> missing = new LinkedHashSet<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (!(a instanceof PDAnnotationLink link) || !(link.getAction() instanceof PDActionURI uri)) continue;
                String target = uri.getURI();
                if (target == null || !target.startsWith(PrintParts.CROSS_PART)) continue;
                String id = target.substring(PrintParts.CROSS_PART.length());
                Anchor at = anchors.get(id);
                if (at == null) {
                    missing.add(id);
                    continue;
                }
                link.setAction(null);
                link.setDestination(destination(pdf, at));
            }
        }
        return missing;
    }

    private static void addOutline(PDDocument pdf, PDOutlineNode parent, List<OutlineEntry> entries, Map<String, Anchor> anchors) {
        for (OutlineEntry e : entries) {
            Anchor at = anchors.get(e.id());
            if (at == null) continue;
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(e.title());
            item.setDestination(destination(pdf, at));
            parent.addLast(item);
            addOutline(pdf, item, e.children(), anchors);
        }
    }

    private static PDPageXYZDestination destination(PDDocument pdf, Anchor at) {
        PDPageXYZDestination d = new PDPageXYZDestination();
        d.setPage(pdf.getPage(at.page()));
        d.setLeft(0);
        d.setTop(at.top());
        return d;
    }
}
