package org.strategypress.render.word;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

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

    private final XWPFDocument docx;
    private final Bookmarks bookmarks;
    /** The print document's elements by id, looked up for every link. */
    private final Map<String, Element> ids = new HashMap<>();
    private final Map<String, BigInteger> footnotes = new HashMap<>();

    InlineRuns(XWPFDocument docx, Document print, Bookmarks bookmarks) {
        this.docx = docx;
        this.bookmarks = bookmarks;
        for (Element e : print.select("[id]")) ids.putIfAbsent(e.id(), e);
    }

    /** The text of {@code e} as runs of {@code p}: bold, italic, code, links to bookmarks, footnotes. */
    void inline(XWPFParagraph p, Element e, Style s) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                String text = t.text();
                if (!text.isEmpty()) run(p, text, s);
            } else if (n instanceof Element c) {
                inlineElement(p, c, s);
            }
        }
    }

    private void inlineElement(XWPFParagraph p, Element c, Style s) {
        switch (c.tagName()) {
            case "strong", "b", "th" -> inline(p, c, new Style(true, s.italic(), s.mono(), s.sup()));
            case "em", "i" -> inline(p, c, new Style(s.bold(), true, s.mono(), s.sup()));
            case "code", "kbd", "samp" -> inline(p, c, new Style(s.bold(), s.italic(), true, s.sup()));
            case "br" -> p.createRun().addBreak();
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
                if (!p.getRuns().isEmpty()) run(p, " ", s);
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

    private void link(XWPFParagraph p, Element a, Style s) {
        String href = a.attr("href");
        if (href.startsWith("#") && href.length() > 1 && ids.containsKey(href.substring(1))) {
            var h = p.getCTP().addNewHyperlink();
            h.setAnchor(bookmarks.name(href.substring(1)));
            var r = new XWPFHyperlinkRun(h, h.addNewR(), p);
            r.setStyle("Hyperlink");
            r.setText(a.text());
        } else if (href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:")) {
            var r = p.createHyperlinkRun(href);
            r.setStyle("Hyperlink");
            r.setText(a.text());
        } else {
            inline(p, a, s);
        }
    }

    /** A Word footnote for the print document's footnote {@code id}; false when there is no such footnote. */
    private boolean footnote(XWPFParagraph p, String id) {
        Element note = ids.get(id);
        if (note == null) return false;
        BigInteger fid = footnotes.get(id);
        if (fid == null) {
            XWPFFootnote fn = docx.createFootnote();
            XWPFParagraph fp = fn.createParagraph();
            fp.setStyle("FootnoteText");
            Element copy = note.clone();
            copy.select("a.footnote-backref").remove();
            inline(fp, copy, Style.PLAIN);
            fid = fn.getId();
            footnotes.put(id, fid);
        }
        XWPFRun r = p.createRun();
        r.setStyle("FootnoteReference");
        r.getCTR().addNewFootnoteReference().setId(fid);
        return true;
    }

    private static void run(XWPFParagraph p, String text, Style s) {
        XWPFRun r = p.createRun();
        r.setText(text.replace('\u00a0', ' '));
        if (s.bold()) r.setBold(true);
        if (s.italic()) r.setItalic(true);
        if (s.mono()) r.setFontFamily("DejaVu Sans Mono");
        if (s.sup()) r.setSubscript(VerticalAlign.SUPERSCRIPT);
    }
}
