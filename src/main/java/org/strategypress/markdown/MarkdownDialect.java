package org.strategypress.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * The Markdown writers use: CommonMark with tables, footnotes, definition lists, {@code [[ID]]} and
 * {@code [[ID|text]]} entity links, and {@code {{block}}} directive lines. Raw HTML is escaped; links with
 * unsafe schemes are neutralised. Built once and reused: parsing and rendering are thread-safe.
 */
public final class MarkdownDialect {

    static final NullableDataKey<RenderContext> CONTEXT = new NullableDataKey<>("STRATEGY_PRESS_CONTEXT");
    static final String BLOCK_MARKER = "<!--press:block:";
    private static final Pattern MARKER = Pattern.compile("<!--press:block:(\\d+):(\\d+)-->");
    private static final Pattern FOOTNOTE_IDS = Pattern.compile("(id=\"|href=\"#)(fn(?:ref)?-)");

    private final Parser parser;
    private final HtmlRenderer renderer;
    /**
     * What {@link #scan} found in each text: the validator, the citations and the translation checks scan the same
     * texts three to five times per build, and the preview's next build scans them again.
     */
    private final Map<String, List<MarkdownRef>> scanned = new ConcurrentHashMap<>();
    /** Texts remembered at most; past that the memory starts again (a strategy has a few thousand texts). */
    private static final int SCANNED_MAX = 50_000;
    /** Renderings remembered across builds, once {@link #rememberRenderings()} was called; else null. */
    private volatile RenderMemo renderings;

    public MarkdownDialect() {
        MutableDataSet options = new MutableDataSet();
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.ALLOW_ANCHORS, false);
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                DefinitionExtension.create(), WikiLinkExtension.create()));
        options.set(TablesExtension.CLASS_NAME, "md-table");
        // the default back-reference is U+21A9, which the shipped fonts do not have
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "^");
        parser = SafeMarkdown.builder(options).build();
        MutableDataSet renderOptions = new MutableDataSet(options);
        renderOptions.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                DefinitionExtension.create(), new PressRendering()));
        renderer = HtmlRenderer.builder(renderOptions).build();
    }

    /**
     * From now on, a text rendered again under the same context, whose links, images and figures are what they were,
     * gives the HTML of last time without being parsed again (the preview server's rebuilds: after a one-line edit
     * nearly every text is as before). A one-off build does not call this: it would only hold the renderings.
     */
    public synchronized MarkdownDialect rememberRenderings() {
        if (renderings == null) renderings = new RenderMemo();
        return this;
    }

    /** Markdown rendered to HTML parts: HTML fragments with the directive blocks between them. */
    public List<Part> render(String markdown, RenderContext context) {
        RenderMemo memo = renderings;
        return memo == null ? renderAnew(markdown, context) : memo.render(markdown, context, this::renderAnew);
    }

    private List<Part> renderAnew(String markdown, RenderContext context) {
        if (NestingGuard.tooDeepAt(markdown) > 0 || ShapeGuard.check(markdown) != null)
            return List.of(Part.html("<pre class=\"too-deep\">" + org.jsoup.nodes.Entities.escape(markdown) + "</pre>"));
        Document doc = parser.parse(markdown);
        doc.set(CONTEXT, context);
        List<Directive> directives = new ArrayList<>();
        doc.set(PressRendering.DIRECTIVES, directives);
        String html = renderer.render(doc);
        html = FOOTNOTE_IDS.matcher(html).replaceAll("$1" + Matcher.quoteReplacement(context.idPrefix()) + "$2");
        List<Part> parts = new ArrayList<>();
        Matcher m = MARKER.matcher(html);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) parts.add(Part.html(html.substring(last, m.start())));
            parts.add(Part.block(directives.get(Integer.parseInt(m.group(1))), Integer.parseInt(m.group(2))));
            last = m.end();
        }
        if (last < html.length()) parts.add(Part.html(html.substring(last)));
        return parts;
    }

    /** Markdown rendered to one HTML string, for prose fields where directives are not placed. */
    public String renderInline(String markdown, RenderContext context) {
        StringBuilder b = new StringBuilder();
        for (Part p : render(markdown, context)) if (p.html() != null) b.append(p.html());
        return b.toString();
    }

    /** A heading as written: its Markdown level (1-6), its text, and where it starts (1-based). */
    public record HeadingRef(int level, String text, int line, int column) {
    }

    /** The headings of the Markdown in order (none when it is too deep or too odd to render). */
    public List<HeadingRef> headings(String markdown) {
        if (NestingGuard.tooDeepAt(markdown) > 0 || ShapeGuard.check(markdown) != null) return List.of();
        Document doc = parser.parse(markdown);
        LineIndex lines = new LineIndex(markdown);
        List<HeadingRef> out = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(Heading.class, h -> out.add(new HeadingRef(h.getLevel(),
                new TextCollectingVisitor().collectAndGetText(h), lines.line(h.getStartOffset()),
                lines.column(h.getStartOffset()))))).visit(doc);
        return out;
    }

    /** The anchors {@link #render} gives the headings of the Markdown with this prefix, in order. */
    public List<String> headingIds(String markdown, String idPrefix) {
        Anchors anchors = new Anchors();
        return headings(markdown).stream().map(h -> anchors.unique(idPrefix + slug(h.text()))).toList();
    }

    /**
     * Everything in the Markdown that the validator checks: entity links, links, images, directives, raw HTML. Two
     * threads asking for the same text at once parse it once: the second waits for the first's result.
     */
    public List<MarkdownRef> scan(String markdown) {
        List<MarkdownRef> known = scanned.get(markdown);
        if (known != null) return known;
        if (scanned.size() > SCANNED_MAX) scanned.clear();
        return scanned.computeIfAbsent(markdown, m -> List.copyOf(scanAnew(m)));
    }

    private List<MarkdownRef> scanAnew(String markdown) {
        List<MarkdownRef> out = new ArrayList<>();
        int deep = NestingGuard.tooDeepAt(markdown);
        if (deep > 0) {
            out.add(new MarkdownRef(MarkdownRef.Type.TOO_DEEP, Integer.toString(NestingGuard.MAX_DEPTH), null, deep, 1));
            return out;
        }
        ShapeGuard.Problem shape = ShapeGuard.check(markdown);
        if (shape != null) {
            out.add(new MarkdownRef(MarkdownRef.Type.UNPARSABLE, shape.message(), null, shape.line(), shape.column()));
            return out;
        }
        // everything collected below starts with '[' (links, images, references, entity links), '<' (raw HTML,
        // autolinks) or '{' (directives, figures): a text with none of them, as most short prose fields are, holds
        // nothing to collect, and parsing it would only confirm that
        if (!mayHoldRefs(markdown)) return out;
        Document doc = parser.parse(markdown);
        LineIndex lines = new LineIndex(markdown);
        NodeVisitor[] self = new NodeVisitor[1];
        self[0] = new NodeVisitor(
                new VisitHandler<>(WikiLink.class, n -> out.add(ref(MarkdownRef.Type.WIKI, n.getLink().toString().trim(), n, lines))),
                new VisitHandler<>(Link.class, n -> {
                    out.add(ref(MarkdownRef.Type.LINK, n.getUrl().toString(), n, lines));
                    self[0].visitChildren(n);
                }),
                new VisitHandler<>(AutoLink.class, n -> out.add(ref(MarkdownRef.Type.LINK, n.getUrl().toString(), n, lines))),
                new VisitHandler<>(Reference.class, n -> out.add(ref(MarkdownRef.Type.LINK, n.getUrl().toString(), n, lines))),
                new VisitHandler<>(Image.class, n -> out.add(ref(MarkdownRef.Type.IMAGE, n.getUrl().toString(), n, lines))),
                // flexmark dispatches on the exact node class: a handler for the abstract bases never runs
                new VisitHandler<>(HtmlBlock.class, n -> out.add(rawHtml(n, lines))),
                new VisitHandler<>(HtmlCommentBlock.class, n -> out.add(rawHtml(n, lines))),
                new VisitHandler<>(HtmlInline.class, n -> out.add(rawHtml(n, lines))),
                new VisitHandler<>(HtmlInlineComment.class, n -> out.add(rawHtml(n, lines))),
                new VisitHandler<>(Text.class, n -> {
                    for (InlineFigure f : InlineFigure.findAll(n.getChars().toString())) {
                        int offset = n.getStartOffset() + f.start();
                        out.add(new MarkdownRef(MarkdownRef.Type.FIGURE, f.name(), null, lines.line(offset), lines.column(offset)));
                    }
                }),
                new VisitHandler<>(Paragraph.class, n -> {
                    if (!directive(n, lines, out)) self[0].visitChildren(n);
                }));
        self[0].visit(doc);
        return out;
    }

    private static boolean mayHoldRefs(String markdown) {
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '[' || c == '<' || c == '{') return true;
        }
        return false;
    }

    private static MarkdownRef rawHtml(Node n, LineIndex lines) {
        return ref(MarkdownRef.Type.RAW_HTML, n.getChars().toString().strip(), n, lines);
    }

    private static boolean directive(Paragraph p, LineIndex lines, List<MarkdownRef> out) {
        String text = p.getChars().toString();
        Directive d = Directive.parse(text);
        int line = lines.line(p.getStartOffset());
        int col = lines.column(p.getStartOffset());
        if (d != null) {
            out.add(new MarkdownRef(MarkdownRef.Type.DIRECTIVE, d.name(), d, line, col));
            return true;
        }
        if (Directive.looksLikeOne(text)) {
            out.add(new MarkdownRef(MarkdownRef.Type.BAD_DIRECTIVE, text.trim(), null, line, col));
            return true;
        }
        return false;
    }

    private static MarkdownRef ref(MarkdownRef.Type type, String target, Node n, LineIndex lines) {
        return new MarkdownRef(type, target, null, lines.line(n.getStartOffset()), lines.column(n.getStartOffset()));
    }

    /** Slug for heading anchors: lower case letters and digits joined by '-'. */
    static String slug(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('ı', 'i').replace('ə', 'e')
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "section" : s;
    }

    /** Tracks anchors already used in one rendering. */
    static final class Anchors {
        private final Set<String> used = new HashSet<>();

        String unique(String base) {
            String a = base;
            for (int i = 2; !used.add(a); i++) a = base + "-" + i;
            return a;
        }
    }

    /**
     * A rendered piece of a chapter: HTML, or a directive whose block the templates draw; {@code line} is the
     * Markdown line (1-based) of the directive, 0 for HTML.
     */
    public record Part(String html, Directive block, int line) {
        static Part html(String html) {
            return new Part(html, null, 0);
        }

        static Part block(Directive d, int line) {
            return new Part(null, d, line);
        }

        public boolean isBlock() {
            return block != null;
        }
    }
}
