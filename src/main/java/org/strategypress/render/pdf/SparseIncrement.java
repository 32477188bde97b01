package org.strategypress.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * An incremental save that reads only what the update touches. PDFBox's incremental writer starts by reading back
 * every object the file's cross-reference table lists ({@code COSWriter.prepareIncrement}), to know the numbers of
 * the objects the update refers to: for the archival PDF, some 85,000 objects, nearly all of them the tagged
 * structure, and 2 to 3 s of the review copy's time. The objects the update refers to are few (the pages' contents,
 * resources and parents, the catalog's trees), so the table is narrowed to them while the writer runs and restored
 * afterwards: every object the update refers to is read first, and keeps its number.
 *
 * <p>This leans on PDFBox 3.0's writer taking the table from {@link COSDocument#getXrefTable()} (a live map); the
 * review copy's tests check that the update refers to the archival objects it should (same contents, same outline,
 * qpdf finds no dangling reference) and stays small.
 */
final class SparseIncrement {

    private SparseIncrement() {
    }

    /** Saves {@code pdf} (loaded from a file and changed) as an incremental update to {@code out}. */
    static void save(PDDocument pdf, OutputStream out) throws IOException {
        COSDocument doc = pdf.getDocument();
        Map<COSObjectKey, Long> table = doc.getXrefTable();
        Set<COSObjectKey> needed = referenced(doc.getTrailer());
        Map<COSObjectKey, Long> all = new HashMap<>(table);
        table.keySet().retainAll(needed);
        try {
            pdf.saveIncremental(out);
        } finally {
            table.clear();
            table.putAll(all);
        }
    }

    /**
     * The keys of the objects the update writes and of every object they refer to (each read now, so that nothing is
     * read while the table is narrowed). The update's objects are those PDFBox's increment collects from the trailer
     * (what was changed, and the objects leading to it); what they hold directly is walked, what they refer to is not.
     */
    static Set<COSObjectKey> referenced(COSDictionary trailer) throws IOException {
        Set<COSObjectKey> keys = new HashSet<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.add(trailer);
        for (COSBase b : trailer.toIncrement()) todo.add(b instanceof COSObject o ? o.getObject() : b);
        while (!todo.isEmpty()) {
            COSBase b = todo.pop();
            if (b == null || !seen.add(b)) continue;
            if (b.getKey() != null) keys.add(b.getKey());
            if (b instanceof COSDictionary d) {
                for (COSBase v : d.getValues()) visit(v, keys, todo);
            } else if (b instanceof COSArray a) {
                for (COSBase v : a) visit(v, keys, todo);
            }
        }
        return keys;
    }

    private static void visit(COSBase v, Set<COSObjectKey> keys, Deque<COSBase> todo) {
        if (v instanceof COSObject o) {
            if (o.getKey() != null) keys.add(o.getKey());
            COSBase target = o.getObject();
            if (target != null && target.getKey() != null) keys.add(target.getKey());
        } else if (v instanceof COSDictionary || v instanceof COSArray) {
            todo.add(v);
        }
    }
}
