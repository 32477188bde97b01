package org.strategypress.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.strategypress.model.StrategyDiff;

/**
 * What the review copy marks, and, for its {@code spaced} layout ({@code review_copy: {layout: spaced}}), the print
 * document made into one. By default the review copy is drawn on the archival PDF's pages
 * ({@link org.strategypress.render.pdf.ReviewPages}), with {@link #header} and {@link #changedKeys}; the spaced layout
 * turns a copy of the finished print document into the review copy: the {@code review} class on {@code <html>}
 * and the review stylesheet (room to write, paragraph numbers in the margin), "Review copy" with version and
 * commit at the top of every page, and {@code review-changed} on every block that changed since {@code --since}:
 * chapter blocks whose lines changed, and the elements of entities added or changed.
 */
public final class ReviewCopy {

    /** The folder of the review copy in the output. */
    public static final String FOLDER = "review";
    private static final String CSS = loadCss();

    private ReviewCopy() {
    }

    /** The review copy's file name, without extension: {@code strategy-VERSION-review}. */
    public static String fileName(String version) {
        return PrintRenderer.fileName(version) + "-review";
    }

    /** Marks {@code doc} (a copy: it is changed) as the review copy of the draft {@code in}. */
    public static void mark(Document doc, RenderInputs in) {
        doc.selectFirst("html").addClass("review");
        Path custom = in.templatesRoot().resolve("print").resolve("review.css");
        if (Files.isRegularFile(custom)) doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", "print/review.css");
        else doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
        String stamp = header(in);
        Element first = doc.body().selectFirst("> bookmarks");
        Element div = new Element("div").addClass("review-stamp").attr("aria-hidden", "true").text(stamp);
        if (first != null) first.after(div);
        else doc.body().prependChild(div);
        Element meta = doc.selectFirst("div.meta-line");
        if (meta != null) meta.prependText("Review copy · ");
        if (in.changes() != null) markChanges(doc, in.changes());
        printNumbers(doc);
    }

    /** The line at the top of every page: "Review copy · version V · commit C · change bars since S". */
    public static String header(RenderInputs in) {
        return "Review copy · version " + in.version() + (in.commit() == null || in.commit().isEmpty() ? "" : " · commit " + in.commit())
                + (in.changes() == null ? "" : " · change bars since " + in.changes().from());
    }

    /**
     * What changed since {@code --since} (null: nothing to mark), as the keys a review copy drawn on the archival pages
     * knows blocks by: a block's paragraph number, else its id. {@code doc} is only read.
     */
    public static Set<String> changedKeys(Document doc, StrategyDiff changes) {
        Set<String> keys = new HashSet<>();
        if (changes == null) return keys;
        for (Element e : changed(doc, changes)) keys.add(e.hasAttr("data-para") ? e.attr("data-para") : e.id());
        return keys;
    }

    /**
     * Writes each paragraph number into the margin beside its block, as real text (so that a reviewer can search for
     * it and {@code press comments} can read it back from the PDF): inside paragraphs, quotations and blocks, in the
     * first item of a list, and just before tables and code.
     */
    static void printNumbers(Document doc) {
        for (Element e : doc.select("section.module [data-para]")) {
            Element mark = new Element("span").addClass("para-mark").text(e.attr("data-para"));
            switch (e.tagName()) {
                case "p", "blockquote", "div", "figure" -> e.prependChild(mark);
                case "ul", "ol" -> {
                    Element li = e.selectFirst("> li");
                    if (li != null) li.prependChild(mark);
                    else e.before(new Element("div").addClass("para-mark-line").appendChild(mark));
                }
                default -> e.before(new Element("div").addClass("para-mark-line").appendChild(mark));
            }
        }
    }

    /** Adds {@code review-changed} to what changed; returns how many elements it marked. */
    static int markChanges(Document doc, StrategyDiff changes) {
        List<Element> changed = changed(doc, changes);
        changed.forEach(e -> e.addClass("review-changed"));
        return changed.size();
    }

    /** The numbered blocks in chapters whose lines changed, and the elements of entities added or changed. */
    private static List<Element> changed(Document doc, StrategyDiff changes) {
        List<Element> out = new ArrayList<>();
        for (StrategyDiff.ChapterChange c : changes.chapters()) {
            if (c.type().equals(StrategyDiff.EntityChange.REMOVED)) continue;
            Set<Integer> lines = new HashSet<>(c.changedLines());
            List<Element> blocks = blocksOf(doc, c.file());
            for (int i = 0; i < blocks.size(); i++) {
                int from = line(blocks.get(i));
                int to = i + 1 < blocks.size() ? line(blocks.get(i + 1)) - 1 : Integer.MAX_VALUE;
                boolean hit = c.type().equals(StrategyDiff.EntityChange.ADDED)
                        || lines.stream().anyMatch(l -> l >= from && l <= to);
                if (hit && blocks.get(i).hasAttr("data-para")) out.add(blocks.get(i));
            }
        }
        for (StrategyDiff.EntityChange e : changes.entities()) {
            if (e.type().equals(StrategyDiff.EntityChange.REMOVED)) continue;
            Element el = doc.getElementById(e.id());
            if (el != null && el.closest("section.module") != null) out.add(el);
        }
        return out;
    }

    /** The blocks written in {@code file}, in document order. */
    private static List<Element> blocksOf(Document doc, String file) {
        List<Element> out = new ArrayList<>();
        for (Element e : doc.select("[data-src]")) if (e.attr("data-src").startsWith(file + ":")) out.add(e);
        return out;
    }

    private static int line(Element e) {
        String[] p = e.attr("data-src").split(":");
        try {
            return Integer.parseInt(p[p.length - 2]);
        } catch (RuntimeException ex) {
            return 0;
        }
    }

    private static String loadCss() {
        try (InputStream in = ReviewCopy.class.getResourceAsStream("review.css")) {
            if (in == null) throw new IllegalStateException("review.css is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
