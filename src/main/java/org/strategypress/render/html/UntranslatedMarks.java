package org.strategypress.render.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.strategypress.render.view.TranslationNotes;

/**
 * Turns the texts the view marked as shown in the source language ({@link TranslationNotes#START} ...
 * {@link TranslationNotes#END}) into {@code <span class="untranslated" lang="SOURCE">text</span>} followed by a short
 * note in the page's language, so that no fallback is silent; where no element can go (attributes, the page title,
 * SVG, scripts, form options) the marks are only removed.
 */
public final class UntranslatedMarks {

    private static final Set<String> TEXT_ONLY = Set.of("title", "script", "style", "textarea", "option", "svg");

    private UntranslatedMarks() {
    }

    /** Marks the untranslated texts of {@code doc}, written in {@code source}, with {@code note}. */
    public static void apply(Document doc, String source, String note) {
        List<TextNode> marked = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && hasMark(t.getWholeText())) marked.add(t);
                if (node instanceof Element e) for (Attribute a : e.attributes())
                    if (hasMark(a.getValue())) a.setValue(strip(a.getValue()));
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, doc);
        for (TextNode t : marked) {
            if (insideTextOnly(t)) t.text(strip(t.getWholeText()));
            else replace(t, source, note);
        }
    }

    private static void replace(TextNode t, String source, String note) {
        String text = t.getWholeText();
        List<Node> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int start = text.indexOf(TranslationNotes.START, at);
            int end = start < 0 ? -1 : text.indexOf(TranslationNotes.END, start);
            if (start < 0 || end < 0) {
                out.add(new TextNode(strip(text.substring(at))));
                break;
            }
            if (start > at) out.add(new TextNode(strip(text.substring(at, start))));
            out.add(new Element("span").addClass("untranslated").attr("lang", source)
                    .text(strip(text.substring(start + 1, end))));
            out.add(new Element("small").addClass("untranslated-note").text(note));
            at = end + 1;
        }
        for (Node n : out) t.before(n);
        t.remove();
    }

    private static boolean insideTextOnly(Node n) {
        for (Node p = n.parentNode(); p != null; p = p.parentNode())
            if (p instanceof Element e && TEXT_ONLY.contains(e.normalName())) return true;
        return false;
    }

    private static boolean hasMark(String s) {
        return s.indexOf(TranslationNotes.START) >= 0 || s.indexOf(TranslationNotes.END) >= 0;
    }

    /** The text without marks. */
    public static String strip(String s) {
        return s.replace(String.valueOf(TranslationNotes.START), "").replace(String.valueOf(TranslationNotes.END), "");
    }
}
