package org.strategypress.render.pdf;

import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Reads from the engine's laid-out boxes where every numbered block ({@code data-para}) and every element whose id is
 * asked for landed: what the review copy drawn on the archival pages needs to print paragraph numbers and change bars
 * beside the right lines, and the Word copy to cut the charts out of the pages (a figure asked for by its id also gives
 * its caption's place, keyed {@code id#caption}). The engine lays the document out as one long column cut into pages; a block's page is the
 * one whose content area holds its top.
 */
final class BlockPlaces {

    static final String PARA = "data-para";

    private BlockPlaces() {
    }

    /** The places, in document order; empty when the engine's pages do not match the PDF's (nothing then is guessed). */
    static List<BlockPlace> of(PdfBoxRenderer renderer, Set<String> ids, int pdfPages) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        if (pages.size() != pdfPages) return List.of();
        CssContext c = renderer.getSharedContext().newLayoutContextInstance();
        float dpp = renderer.getDotsPerPoint();
        List<BlockPlace> out = new ArrayList<>();
        // a table with a caption is two boxes of one element, the caption's and the table's wrapper around both, and
        // the table's grid; the first met, the outer one, is the block's place, so that its number is printed once
        Set<String> placed = new HashSet<>();
        Deque<Box> todo = new ArrayDeque<>();
        todo.push(renderer.getRootBox());
        while (!todo.isEmpty()) {
            Box b = todo.pop();
            String key = key(b.getElement(), ids);
            if (key != null && !placed.contains(key)) {
                BlockPlace p = place(key, b, pages, c, dpp);
                if (p != null && placed.add(key)) out.add(p);
            }
            if (b instanceof LineBox) continue; // numbered blocks are never inside a line
            for (int i = b.getChildCount() - 1; i >= 0; i--) todo.push(b.getChild(i));
        }
        return out;
    }

    private static String key(Element e, Set<String> ids) {
        if (e == null) return null;
        String para = e.getAttribute(PARA);
        if (!para.isEmpty()) return para;
        String id = e.getAttribute("id");
        if (!id.isEmpty() && ids.contains(id)) return id;
        if (e.getTagName().equals("figcaption") && e.getParentNode() instanceof Element figure
                && ids.contains(figure.getAttribute("id"))) return figure.getAttribute("id") + BlockPlace.CAPTION;
        return null;
    }

    /**
     * A block's place. Its first page is the page of its first line of text: a paragraph whose first line did not fit
     * at the foot of a page begins on the next one, though its box (its top padding) starts on the first.
     */
    private static BlockPlace place(String key, Box b, List<PageBox> pages, CssContext c, float dpp) {
        LineBox line = firstLine(b);
        int top = b.getAbsY();
        int bottom = top + Math.max(b.getHeight(), 1) - 1;
        int text = line == null ? top : Math.max(top, line.getAbsY());
        int first = pageOf(pages, text);
        int last = pageOf(pages, bottom);
        if (first < 0 || last < first) return null;
        PageBox p = pages.get(first);
        PageBox q = pages.get(last);
        int shownTop = Math.max(top, p.getTop());
        // a block without a line of its own (a chart) is numbered as if its first line were of body text
        int baseline = line == null ? shownTop + Math.round(8 * dpp) : line.getAbsY() + line.getBaseline();
        float marginTop = p.getMarginBorderPadding(c, CalculatedStyle.TOP);
        return new BlockPlace(key, first, (shownTop - p.getTop() + marginTop) / dpp, (baseline - p.getTop() + marginTop) / dpp,
                last, (bottom - q.getTop() + q.getMarginBorderPadding(c, CalculatedStyle.TOP)) / dpp,
                p.getMarginBorderPadding(c, CalculatedStyle.LEFT) / dpp,
                (p.getWidth(c) - p.getMarginBorderPadding(c, CalculatedStyle.RIGHT)) / dpp, marginTop / dpp,
                (p.getBottom() - p.getTop() + marginTop) / dpp);
    }

    /** The block's first line of text, depth first, or null. */
    private static LineBox firstLine(Box b) {
        Deque<Box> todo = new ArrayDeque<>();
        todo.push(b);
        for (int seen = 0; !todo.isEmpty() && seen < 200; seen++) {
            Box x = todo.pop();
            if (x instanceof LineBox line) return line;
            for (int i = x.getChildCount() - 1; i >= 0; i--) todo.push(x.getChild(i));
        }
        return null;
    }

    /** The page whose content area holds {@code y}, by binary search (pages are in order, each below the last). */
    private static int pageOf(List<PageBox> pages, int y) {
        int lo = 0;
        int hi = pages.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            PageBox p = pages.get(mid);
            if (y < p.getTop()) hi = mid - 1;
            else if (y >= p.getBottom()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
