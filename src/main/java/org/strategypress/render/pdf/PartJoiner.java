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
import org.apache.pdfbox.io.IOUtils;
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
     * @param parts   the rendered parts' files in order, the front part first
     * @param anchors every bookmarked id with its page in the joined document
     * @param pageLabel the footer's words, {0} the page and {1} the pages ({@link PrintParts#pageLabel})
     * @return ids that cross-part links point at but no part placed (links left as they are)
     */
    static Set<String> join(List<Path> parts, Map<String, Anchor> anchors, List<OutlineEntry> outline,
                            Path footerFont, String pageLabel, PdfFinisher finisher, OutputStream out) throws IOException {
        // the joined document keeps the streams it copies from the parts in a temporary file of its own, not in memory
        // (an x50 document's are some 75 MB); the parts are read from their files as they are appended
        try (PDDocument joined = Loader.loadPDF(parts.get(0).toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (int i = 1; i < parts.size(); i++) {
                // appending copies every object and stream of the part, so each part is closed at once
                try (PDDocument part = Loader.loadPDF(parts.get(i).toFile())) {
                    merger.appendDocument(joined, part);
                }
            }
            flattenStructure(joined);
            // the pages by index, read once: PDDocument.getPage walks the page tree from its root on every call, and an
            // x50 document has some 5,000 pages and 100,000 links across parts
            List<PDPage> pages = new java.util.ArrayList<>(joined.getNumberOfPages());
            joined.getPages().forEach(pages::add);
            Set<String> missing = resolveLinks(pages, anchors);
            PDDocumentOutline root = new PDDocumentOutline();
            addOutline(pages, root, outline, anchors);
            joined.getDocumentCatalog().setDocumentOutline(root);
            FooterStamp.stamp(joined, PDType0Font.load(joined, footerFont.toFile()), pageLabel);
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

    private static Set<String> resolveLinks(List<PDPage> pages, Map<String, Anchor> anchors) throws IOException {
        Set<String> missing = new LinkedHashSet<>();
        for (PDPage page : pages) {
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
                link.setDestination(destination(pages, at));
            }
        }
        return missing;
    }

    private static void addOutline(List<PDPage> pages, PDOutlineNode parent, List<OutlineEntry> entries, Map<String, Anchor> anchors) {
        for (OutlineEntry e : entries) {
            Anchor at = anchors.get(e.id());
            if (at == null) continue;
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(e.title());
            item.setDestination(destination(pages, at));
            parent.addLast(item);
            addOutline(pages, item, e.children(), anchors);
        }
    }

    private static PDPageXYZDestination destination(List<PDPage> pages, Anchor at) {
        PDPageXYZDestination d = new PDPageXYZDestination();
        d.setPage(pages.get(at.page()));
        d.setLeft(0);
        d.setTop(at.top());
        return d;
    }
}
