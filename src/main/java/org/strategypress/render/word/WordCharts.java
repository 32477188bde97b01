package org.strategypress.render.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.strategypress.render.word.WordBlocks.Para;
import org.strategypress.render.word.WordBlocks.Picture;
import org.strategypress.render.word.WordBlocks.Run;

/**
 * The print document's figures in the Word copy: a paragraph for the chart's pictures and the caption as text, in the
 * print document's order. The pictures are put in once the text is written ({@link #draw}): they are cut out of the
 * archival PDF, which may still be in the making while the text is written.
 */
final class WordCharts {

    /** A paragraph waiting for a chart's pictures, with the chart's id and words for its alternative text. */
    private record Waiting(Para paragraph, String id, String alt) {}

    private final Paragraphs paragraphs;
    private final Bookmarks bookmarks;
    private final InlineRuns inline;
    private final WordTables tables;
    private final List<Waiting> waiting = new ArrayList<>();

    WordCharts(Paragraphs paragraphs, Bookmarks bookmarks, InlineRuns inline, WordTables tables) {
        this.paragraphs = paragraphs;
        this.bookmarks = bookmarks;
        this.inline = inline;
        this.tables = tables;
    }

    /**
     * A chart: the paragraph its pictures go into and its caption, in the print document's order (a theory of change
     * has its caption above the chart, the other charts below it); the figure's number goes before the first of them.
     * Tables of the figure follow.
     */
    void write(Element fig) {
        Element cap = fig.selectFirst("figcaption");
        boolean captionFirst = cap != null && cap.parent() == fig && cap.elementSiblingIndex() == 0;
        if (captionFirst) caption(fig, cap, true);
        Para chart = paragraphs.add("Normal");
        if (!captionFirst) Paragraphs.number(chart, fig);
        Element svg = fig.selectFirst("svg[aria-label]");
        waiting.add(new Waiting(chart, fig.id(), cap != null ? cap.text() : svg != null ? svg.attr("aria-label") : fig.id()));
        if (!captionFirst) caption(fig, cap, false);
        for (Element t : fig.select("table")) if (t.closest("figure") == fig) tables.write(t);
    }

    /** The figure's caption paragraph, bookmarked with the figure's id; {@code numbered}: its number before it. */
    private void caption(Element fig, Element cap, boolean numbered) {
        Para c = paragraphs.add("Caption");
        if (numbered) Paragraphs.number(c, fig);
        bookmarks.around(c, fig.id(), () -> {
            if (cap != null) inline.inline(c, cap, InlineRuns.Style.PLAIN);
        });
    }

    /** Each chart's pictures, scaled to the text width where wider; {@code note} where the chart has none. */
    void draw(Map<String, List<WordCopy.Chart>> pictures, String note) {
        int n = 0;
        for (Waiting w : waiting) {
            List<WordCopy.Chart> shown = pictures.getOrDefault(w.id(), List.of());
            if (shown.isEmpty()) {
                Run r = w.paragraph().run().text(note);
                r.italic = true;
            }
            for (WordCopy.Chart c : shown) {
                double scale = Math.min(1.0, WordTables.TEXT_WIDTH_TWIPS / 20.0 / c.widthPt());
                w.paragraph().run().add(new Picture(c.png(), emu(c.widthPt() * scale), emu(c.heightPt() * scale), w.alt(), n++));
            }
        }
    }

    /** Points in English Metric Units, DrawingML's: 12,700 to the point. */
    private static long emu(double points) {
        return Math.round(points * 12_700);
    }
}
