package org.strategypress.render.word;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The Word copy's bookmarks. Names for the print document's ids: letters, digits and '_' only, starting with a letter,
 * at most 40 characters (Word drops other names). The same id always gets the same name; {@code p-3-2-4} becomes
 * {@code p_3_2_4}, {@code KPI-GRADUATES} {@code KPI_GRADUATES}. It remembers which names were written, so that a link
 * to an id that got no bookmark can lose its target.
 */
final class Bookmarks {

    private static final int MAX = 40;
    private final Map<String, String> names = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private final Set<String> written = new HashSet<>();
    private long next = 0;

    /** The bookmark name of {@code id}. */
    String name(String id) {
        return names.computeIfAbsent(id, this::fresh);
    }

    /** The next free bookmark id (Word numbers bookmarks itself; only uniqueness matters). */
    BigInteger nextId() {
        return BigInteger.valueOf(next++);
    }

    /** Runs {@code content} inside a bookmark of {@code p} named after {@code id} (nothing when the id is empty). */
    void around(XWPFParagraph p, String id, Runnable content) {
        if (id == null || id.isEmpty()) {
            content.run();
            return;
        }
        CTP ctp = p.getCTP();
        CTBookmark start = ctp.addNewBookmarkStart();
        BigInteger bid = nextId();
        start.setId(bid);
        start.setName(name(id));
        written.add(start.getName());
        content.run();
        ctp.addNewBookmarkEnd().setId(bid);
    }

    /** A link whose target got no bookmark (an id on an element Word has no place for) keeps its text only. */
    void dropLinksWithoutTarget(XWPFDocument docx) {
        List<XWPFParagraph> all = new ArrayList<>(docx.getParagraphs());
        for (XWPFTable t : docx.getTables())
            t.getRows().forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs())));
        for (XWPFParagraph p : all)
            for (var h : p.getCTP().getHyperlinkList())
                if (h.getAnchor() != null && !written.contains(h.getAnchor())) h.unsetAnchor();
    }

    private String fresh(String id) {
        String base = id.replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) base = "b_" + base;
        if (base.length() > MAX) base = base.substring(0, MAX - 9) + "_" + Integer.toHexString(id.hashCode());
        String name = base;
        for (int i = 2; !used.add(name); i++) name = base.substring(0, Math.min(base.length(), MAX - 4)) + "_" + i;
        return name;
    }
}
