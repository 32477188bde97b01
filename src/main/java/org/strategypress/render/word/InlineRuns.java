package org.strategypress.render.word;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.strategypress.render.word.WordBlocks.Break;
import org.strategypress.render.word.WordBlocks.FootnoteMark;
import org.strategypress.render.word.WordBlocks.FootnoteReference;
import org.strategypress.render.word.WordBlocks.Para;
import org.strategypress.render.word.WordBlocks.Run;

/**
 * The text inside a block of the print document as runs of a Word paragraph: bold, italic, code and superscript,
 * links to bookmarks and to the web, the print document's footnotes as Word footnotes (each written once).
 */
final class InlineRuns {

    /** How a run is set. */
    record Style(boolean bold, boolean italic, boolean mono, boolean sup) {
        static final Style PLAIN = new Style(false, false, false, false);
        static final Style BOLD = new Style(true, false, false, false);
    }

    private final Bookmarks bookmarks;
    /** The print document's elements by id, looked up for every link. */
    private final Map<String, Element> ids = new HashMap<>();
    /** The Word footnote of each print footnote's id. */
    private final Map<String, Long> footnotes = new HashMap<>();
    /** The Word footnotes by their ids, in the order they were written. */
    private final Map<Long, Para> notes = new LinkedHashMap<>();
    private long nextFootnote;

    /** {@code firstFootnote}: the first footnote id the reference document leaves free. */
    InlineRuns(Document print, Bookmarks bookmarks, long firstFootnote) {
        this.bookmarks = bookmarks;
        this.nextFootnote = firstFootnote;
        for (Element e : print.select("[id]")) ids.putIfAbsent(e.id(), e);
    }

    /** The footnotes written, by id. */
    Map<Long, Para> footnotes() {
        return notes;
    }

    /** The text of {@code e} as runs of {@code p}: bold, italic, code, links to bookmarks, footnotes. */
    void inline(Para p, Element e, Style s) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                String text = t.text();
                if (!text.isEmpty()) run(p, text, s);
            } else if (n instanceof Element c) {
                inlineElement(p, c, s);
            }
        }
    }

    private void inlineElement(Para p, Element c, Style s) {
        switch (c.tagName()) {
            case "strong", "b", "th" -> inline(p, c, new Style(true, s.italic(), s.mono(), s.sup()));
            case "em", "i" -> inline(p, c, new Style(s.bold(), true, s.mono(), s.sup()));
            case "code", "kbd", "samp" -> inline(p, c, new Style(s.bold(), s.italic(), true, s.sup()));
            case "br" -> p.run().add(new Break());
            case "svg", "img", "script", "style" -> { }
            case "sup" -> {
                Element a = c.selectFirst("a[href^=#]");
                if (a != null && (c.hasClass("footnote-ref") || a.hasClass("footnote-ref")) && footnote(p, a.attr("href").substring(1)))
                    return;
                inline(p, c, new Style(s.bold(), s.italic(), s.mono(), true));
            }
            case "a" -> {
                if (!c.id().isEmpty()) bookmarks.around(p, c.id(), () -> { });
                link(p, c, s);
            }
            case "p", "div", "ul", "ol", "li" -> {
                if (p.hasText()) run(p, " ", s);
                inline(p, c, s);
            }
            default -> {
                if (!c.id().isEmpty()) bookmarks.around(p, c.id(), () -> { });
                if (c.hasClass("secnum") || c.hasClass("capnum")) {
                    run(p, c.text().strip() + " ", s);
                    return;
                }
                inline(p, c, s);
            }
        }
    }

    private void link(Para p, Element a, Style s) {
        String href = a.attr("href");
        if (href.startsWith("#") && href.length() > 1 && ids.containsKey(href.substring(1))) {
            p.link(bookmarks.name(href.substring(1)), null).text(a.text()).style = "Hyperlink";
        } else if (href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:")) {
            p.link(null, href).text(a.text()).style = "Hyperlink";
        } else {
            inline(p, a, s);
        }
    }

    /** The text is written: the print document's elements are no longer looked up (and so can go). */
    void textWritten() {
        ids.clear();
    }

    /** A Word footnote for the print document's footnote {@code id}; false when there is no such footnote. */
    private boolean footnote(Para p, String id) {
        Element note = ids.get(id);
        if (note == null) return false;
        Long fid = footnotes.get(id);
        if (fid == null) {
            fid = nextFootnote++;
            footnotes.put(id, fid);
            // the footnote's own number first, then its text (a space before it: the note's paragraph follows the mark)
            Para fp = new Para("FootnoteText");
            notes.put(fid, fp);
            Run mark = fp.run();
            mark.style = "FootnoteReference";
            mark.add(new FootnoteMark());
            Element copy = note.clone();
            copy.select("a.footnote-backref").remove();
            inline(fp, copy, Style.PLAIN);
        }
        Run r = p.run();
        r.style = "FootnoteReference";
        r.add(new FootnoteReference(fid));
        return true;
    }

    private static void run(Para p, String text, Style s) {
        Run r = p.run().text(text.replace('\u00a0', ' '));
        r.bold = s.bold();
        r.italic = s.italic();
        if (s.mono()) r.font = "DejaVu Sans Mono";
        r.superscript = s.sup();
    }
}
