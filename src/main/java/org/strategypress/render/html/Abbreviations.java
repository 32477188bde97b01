package org.strategypress.render.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The document's abbreviations (stakeholders' short names, terms' abbreviations) in its finished HTML: on the site
 * every use in prose becomes {@code <abbr title="...">}; in print the first use in each module (front matter and
 * annexes count as modules) is written out, "Ministry of Digital Development and Transport (MDDT)". Works on the
 * parsed document, text node by text node, with word boundaries found by scanning: never on the HTML as a string.
 * Headings, links, code, ids, navigation and the running headers are left as they are.
 */
public final class Abbreviations {

    private static final Set<String> SKIPPED_TAGS = Set.of("a", "abbr", "code", "pre", "script", "style", "svg", "h1",
            "h2", "h3", "h4", "h5", "h6", "title", "nav", "caption", "figcaption", "th", "head");
    private static final Set<String> SKIPPED_CLASSES = Set.of("id", "ref-id", "running-module", "running-title",
            "meta-line", "secnum", "capnum", "acronyms", "glossary");

    private final Map<String, String> expansions;
    private final Map<Character, List<String>> byFirst = new HashMap<>();

    /** The abbreviations of a document's acronyms list. */
    public static Abbreviations of(List<org.strategypress.render.view.ApparatusView.AcronymView> acronyms) {
        Map<String, String> m = new HashMap<>();
        for (var a : acronyms) m.putIfAbsent(a.abbr(), a.expansion());
        return new Abbreviations(m);
    }

    /** @param expansions each abbreviation and what it stands for */
    public Abbreviations(Map<String, String> expansions) {
        this.expansions = Map.copyOf(expansions);
        for (String a : this.expansions.keySet()) if (!a.isEmpty()) byFirst.computeIfAbsent(a.charAt(0), k -> new ArrayList<>()).add(a);
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    }

    /** A use of an abbreviation in a text: where it starts and which it is. */
    record Use(int start, String abbr) {
    }

    /** Every use in {@code text}, in order: a whole word (no letter or digit right before or after it). */
    List<Use> uses(String text) {
        List<Use> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            List<String> candidates = byFirst.get(c);
            if (candidates != null && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                String hit = null;
                for (String a : candidates) {
                    int end = i + a.length();
                    if (text.startsWith(a, i) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                        hit = a;
                        break;
                    }
                }
                if (hit != null) {
                    out.add(new Use(i, hit));
                    i += hit.length();
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /** Site: wraps every use under {@code root} in {@code <abbr title="expansion">}. */
    public void mark(Element root) {
        if (root == null || expansions.isEmpty()) return;
        for (TextNode t : texts(root)) {
            List<Use> uses = uses(t.getWholeText());
            if (uses.isEmpty()) continue;
            String text = t.getWholeText();
            List<Node> parts = new ArrayList<>();
            int last = 0;
            for (Use u : uses) {
                if (u.start() > last) parts.add(new TextNode(text.substring(last, u.start())));
                parts.add(new Element("abbr").attr("title", expansions.get(u.abbr())).text(u.abbr()));
                last = u.start() + u.abbr().length();
            }
            if (last < text.length()) parts.add(new TextNode(text.substring(last)));
            replace(t, parts);
        }
    }

    /** Print: in each {@code section.module}, writes out the first use of each abbreviation not already written out. */
    public void expandFirstUse(Document doc) {
        if (expansions.isEmpty()) return;
        for (Element module : doc.select("section.module")) {
            Set<String> done = new HashSet<>();
            for (TextNode t : texts(module)) {
                String text = t.getWholeText();
                List<Use> uses = uses(text);
                if (uses.stream().allMatch(u -> done.contains(u.abbr()))) continue;
                StringBuilder b = new StringBuilder();
                int last = 0;
                for (Use u : uses) {
                    if (!done.add(u.abbr())) continue;
                    String before = text.substring(0, u.start());
                    String expansion = expansions.get(u.abbr());
                    b.append(text, last, u.start());
                    if (before.endsWith(expansion + " (")) b.append(u.abbr()); // already written out by the writer
                    else if (before.endsWith("(")) b.append(u.abbr()).append(", ").append(expansion);
                    else b.append(expansion).append(" (").append(u.abbr()).append(')');
                    last = u.start() + u.abbr().length();
                }
                b.append(text.substring(last));
                t.text(b.toString());
            }
        }
    }

    /** The text nodes under {@code root} that are prose, in document order. */
    private static List<TextNode> texts(Element root) {
        List<TextNode> out = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !t.isBlank() && prose(t)) out.add(t);
            }
        }, root);
        return out;
    }

    private static boolean prose(TextNode t) {
        for (Node p = t.parent(); p instanceof Element e; p = e.parent()) {
            if (SKIPPED_TAGS.contains(e.normalName())) return false;
            for (String c : e.classNames()) if (SKIPPED_CLASSES.contains(c)) return false;
        }
        return true;
    }

    private static void replace(TextNode t, List<Node> parts) {
        Node at = t;
        for (Node p : parts) {
            at.after(p);
            at = p;
        }
        t.remove();
    }
}
