package org.strategypress.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.markdown.MarkdownRef;
import org.strategypress.model.Chapter;
import org.strategypress.model.SourcePosition;

/**
 * What a translated chapter must keep from its source: its headings (how many, at which levels), its {@code [[ID]]}
 * links and its {@code {{block}}} directives, in order. Each element is placed in the paragraph (blank-line separated
 * block) it is written in, so that a link missing from a translation is reported in the paragraph that lacks it.
 */
public final class ChapterStructure {

    /** One element of the structure: what it is ({@code ## heading}, {@code [[ID]]}, {@code {{block}}}), where. */
    private record Element(String shown, int block, int line, int column) {
    }

    /** The first difference of one family between a source and its translation. */
    public record Difference(String family, String message, SourcePosition at) {
    }

    private final MarkdownDialect markdown;

    public ChapterStructure(MarkdownDialect markdown) {
        this.markdown = markdown;
    }

    /** The first difference in headings, in links and in directives (at most one of each), in the translation. */
    public List<Difference> compare(Chapter source, Chapter translation) {
        List<Difference> out = new ArrayList<>();
        first("headings", headings(source), headings(translation), translation).ifPresent(out::add);
        first("links", refs(source, MarkdownRef.Type.WIKI), refs(translation, MarkdownRef.Type.WIKI), translation).ifPresent(out::add);
        first("directives", refs(source, MarkdownRef.Type.DIRECTIVE), refs(translation, MarkdownRef.Type.DIRECTIVE), translation)
                .ifPresent(out::add);
        return out;
    }

    private static Optional<Difference> first(String family, List<Element> src, List<Element> tr, Chapter translation) {
        int n = Math.min(src.size(), tr.size());
        for (int i = 0; i < n; i++) {
            Element a = src.get(i);
            Element b = tr.get(i);
            if (a.shown().equals(b.shown())) continue;
            // a source element the translation lacks: where that paragraph is in the translation; else the odd one out
            boolean missing = !contains(tr, i, a) && contains(src, i + 1, b);
            SourcePosition at = missing ? blockStart(translation, a.block(), b) : position(translation, b);
            String message = missing ? "the source has " + a.shown() + " here (line " + a.line() + " of its body) but the translation has not"
                    : "the source has " + a.shown() + " where the translation has " + b.shown();
            return Optional.of(new Difference(family, message, at));
        }
        if (src.size() > tr.size()) {
            Element a = src.get(n);
            SourcePosition at = tr.isEmpty() ? blockStart(translation, a.block(), null) : blockStart(translation, a.block(), tr.get(n - 1));
            return Optional.of(new Difference(family, "the source has " + a.shown() + " (line " + a.line()
                    + " of its body) that the translation has not", at));
        }
        if (tr.size() > src.size()) {
            Element b = tr.get(n);
            return Optional.of(new Difference(family, "the translation has " + b.shown() + " that the source has not",
                    position(translation, b)));
        }
        return Optional.empty();
    }

    private static boolean contains(List<Element> list, int from, Element e) {
        for (int i = from; i < list.size(); i++) if (list.get(i).shown().equals(e.shown())) return true;
        return false;
    }

    private List<Element> headings(Chapter c) {
        Blocks blocks = new Blocks(c.body());
        return markdown.headings(c.body()).stream()
                .map(h -> new Element("#".repeat(h.level()) + " heading", blocks.of(h.line()), h.line(), h.column())).toList();
    }

    private List<Element> refs(Chapter c, MarkdownRef.Type type) {
        Blocks blocks = new Blocks(c.body());
        return markdown.scan(c.body()).stream().filter(r -> r.type() == type)
                .map(r -> new Element(type == MarkdownRef.Type.WIKI ? "[[" + r.target() + "]]" : "{{" + directive(r) + "}}",
                        blocks.of(r.line()), r.line(), r.column())).toList();
    }

    private static String directive(MarkdownRef r) {
        if (r.directive() == null) return r.target();
        StringBuilder b = new StringBuilder(r.directive().name());
        new java.util.TreeMap<>(r.directive().args()).forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
        return b.toString();
    }

    private static SourcePosition position(Chapter c, Element e) {
        return c.at().at(c.bodyLine() + e.line() - 1, e.column());
    }

    /**
     * Where paragraph {@code block} of the translation starts, when it lies before {@code next} (the translation's
     * element after the gap); else where {@code next} is.
     */
    private static SourcePosition blockStart(Chapter c, int block, Element next) {
        Blocks blocks = new Blocks(c.body());
        int line = blocks.start(block);
        if (line < 0 || (next != null && line > next.line())) return next == null ? c.at().at(c.bodyLine(), 1) : position(c, next);
        return c.at().at(c.bodyLine() + line - 1, 1);
    }

    /** The paragraphs of a Markdown body: runs of non-blank lines, numbered from 0. */
    private static final class Blocks {
        private final List<Integer> starts = new ArrayList<>();

        Blocks(String body) {
            String[] lines = body.split("\n", -1);
            boolean blank = true;
            for (int i = 0; i < lines.length; i++) {
                boolean b = lines[i].isBlank();
                if (!b && blank) starts.add(i + 1);
                blank = b;
            }
        }

        int of(int line) {
            int k = -1;
            for (int s : starts) if (s <= line) k++;
            return Math.max(k, 0);
        }

        int start(int block) {
            return block < starts.size() ? starts.get(block) : -1;
        }
    }
}
