package org.strategypress.markdown;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * flexmark rendering of the strategy-press dialect: entity links and citations, directive markers, inline
 * figures, heading levels and anchors, and link and image attributes made safe.
 */
final class PressRendering implements HtmlRenderer.HtmlRendererExtension {

    static final NullableDataKey<List<Directive>> DIRECTIVES = new NullableDataKey<>("STRATEGY_PRESS_DIRECTIVES");

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderers());
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new SafeAttributes(MarkdownDialect.CONTEXT.get(context.getDocument()));
            }
        });
    }

    /** Headings, paragraphs holding a directive, and [[ID]] links. */
    static final class Renderers implements NodeRenderer {
        private final MarkdownDialect.Anchors anchors = new MarkdownDialect.Anchors();
        private int lastLevel = 0;
        private int headings = 0;

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            Set<NodeRenderingHandler<?>> set = new HashSet<>();
            set.add(new NodeRenderingHandler<>(Heading.class, this::heading));
            set.add(new NodeRenderingHandler<>(Paragraph.class, this::paragraph));
            set.add(new NodeRenderingHandler<>(WikiLink.class, this::wikiLink));
            set.add(new NodeRenderingHandler<>(Text.class, this::text));
            return set;
        }

        private void heading(Heading node, NodeRendererContext ctx, HtmlWriter html) {
            RenderContext rc = MarkdownDialect.CONTEXT.get(ctx.getDocument());
            int level = Math.min(6, Math.max(1, node.getLevel() + rc.headingShift()));
            if (lastLevel > 0 && level > lastLevel + 1) level = lastLevel + 1;
            lastLevel = level;
            int index = headings++;
            String id = index < rc.headingIds().size() ? anchors.unique(rc.headingIds().get(index))
                    : anchors.unique(rc.idPrefix() + MarkdownDialect.slug(new TextCollectingVisitor().collectAndGetText(node)));
            html.attr("id", id).withAttr().tag("h" + level);
            ctx.renderChildren(node);
            html.tag("/h" + level);
        }

        private void paragraph(Paragraph node, NodeRendererContext ctx, HtmlWriter html) {
            Directive d = Directive.parse(node.getChars().toString());
            if (d == null) {
                ctx.delegateRender();
                return;
            }
            List<Directive> found = DIRECTIVES.get(ctx.getDocument());
            found.add(d);
            html.line().raw(MarkdownDialect.BLOCK_MARKER + (found.size() - 1) + ":" + (node.getStartLineNumber() + 1) + "-->").line();
        }

        /** Plain text, with each inline {@code {{figure NAME}}} replaced by the figure's value. */
        private void text(Text node, NodeRendererContext ctx, HtmlWriter html) {
            String t = node.getChars().unescape();
            if (!t.contains("{{")) {
                html.text(t);
                return;
            }
            RenderContext rc = MarkdownDialect.CONTEXT.get(ctx.getDocument());
            int last = 0;
            for (InlineFigure f : InlineFigure.findAll(t)) {
                String value = rc == null ? null : rc.figures().apply(f.name());
                html.text(t.substring(last, f.start()));
                if (value == null) html.withAttr().attr("class", "key-figure broken").tag("span").text(f.name()).tag("/span");
                else html.withAttr().attr("class", "key-figure").attr("data-figure", f.name()).tag("span").text(value).tag("/span");
                last = f.end();
            }
            html.text(t.substring(last));
        }

        private void wikiLink(WikiLink node, NodeRendererContext ctx, HtmlWriter html) {
            RenderContext rc = MarkdownDialect.CONTEXT.get(ctx.getDocument());
            String id = node.getLink().toString().trim();
            boolean custom = node.getText().isNotNull() && !node.getText().isBlank();
            RenderContext.EntityLink link = rc.links().apply(id);
            if (link == null) {
                html.withAttr().attr("class", "ref broken").tag("span");
                html.text(custom ? node.getText().toString() : id);
                html.tag("/span");
                return;
            }
            if (link.citation() != null) {
                if (custom) html.text(node.getText().toString() + " ");
                html.attr("href", link.href()).attr("class", "cite").attr("data-ref", link.id())
                        .attr("title", link.title()).withAttr().tag("a").text(link.citation()).tag("/a");
                return;
            }
            html.attr("href", link.href()).attr("class", "ref").attr("title", link.id() + " " + link.title()).withAttr().tag("a");
            if (custom) {
                html.text(node.getText().toString());
            } else {
                html.withAttr().attr("class", "ref-id").tag("span").text(link.id()).tag("/span");
                html.text(" " + link.title());
            }
            html.tag("/a");
        }
    }

    /** A block written at the top level of a chapter: what paragraph numbers and the source map point at. */
    private static boolean isSourceBlock(Node node) {
        return node.getParent() instanceof com.vladsch.flexmark.util.ast.Document
                && (node instanceof Paragraph || node instanceof Heading || node instanceof BulletList
                || node instanceof OrderedList || node instanceof BlockQuote || node instanceof FencedCodeBlock
                || node instanceof IndentedCodeBlock || node instanceof TableBlock || node instanceof DefinitionList);
    }

    private static int column(Node node) {
        var chars = node.getDocument().getChars();
        int start = node.getStartOffset();
        int lineStart = start;
        while (lineStart > 0 && chars.charAt(lineStart - 1) != '\n') lineStart--;
        return start - lineStart + 1;
    }

    /** Unsafe link schemes become inert, images point where the output serves them, links get a title. */
    static final class SafeAttributes implements AttributeProvider {
        private final RenderContext rc;

        SafeAttributes(RenderContext rc) {
            this.rc = rc;
        }

        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            if (rc != null && rc.sourceFile() != null && part == AttributablePart.NODE && isSourceBlock(node))
                attributes.replaceValue("data-src", rc.source(node.getStartLineNumber() + 1, column(node)));
            if (node instanceof Link || node instanceof LinkRef || node instanceof AutoLink || node instanceof MailLink) {
                String href = attributes.getValue("href");
                if (href != null && !LinkSafety.isSafe(href)) {
                    attributes.replaceValue("href", "#");
                    attributes.addValue("class", "unsafe-link");
                }
                if (attributes.getValue("title") == null || attributes.getValue("title").isEmpty())
                    attributes.replaceValue("title", new TextCollectingVisitor().collectAndGetText(node));
            } else if (node instanceof Image || node instanceof ImageRef) {
                String src = attributes.getValue("src");
                String mapped = src == null || rc == null ? null : rc.imageSource().apply(src);
                attributes.replaceValue("src", mapped == null ? "" : mapped);
                if (mapped == null) attributes.addValue("class", "missing-image");
            }
        }
    }
}
