package org.strategypress.validate;

import org.strategypress.model.Rule;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.strategypress.assets.ImageCheck;
import org.strategypress.markdown.ImagePlacements;
import org.strategypress.markdown.AssetResolver;
import org.strategypress.markdown.BlockCatalog;
import org.strategypress.markdown.LinkSafety;
import org.strategypress.markdown.MarkdownRef;
import org.strategypress.model.DeclaredId;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Names;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Strategy;
import org.strategypress.model.StrategyMeta;

/**
 * broken-link, unknown-directive and unsafe-markdown, in chapters and in the prose fields of entities:
 * every [[ID]] names a known id, every image exists inside the content folder, every directive and inline {{figure NAME}} exists;
 * and image-too-large, image-invalid and svg-sanitised for each image placed ({@link ImageCheck}).
 */
final class MarkdownRules implements ValidationRule {

    @Override
    public void check(Strategy s, ValidationContext ctx, List<Diagnostic> out) {
        // chapters and the prose fields of entities, the same texts the PDF looks images up in
        for (ImagePlacements.MarkdownText t : ctx.texts)
            scan(t, ctx, out);
    }

    private static void scan(ImagePlacements.MarkdownText t, ValidationContext ctx, List<Diagnostic> out) {
        boolean chapter = t.chapter();
        Path dir = t.dir();
        List<MarkdownRef> refs = ctx.markdown.scan(t.markdown());
        // an opening and a closing tag of raw HTML are one mistake: reported once, at the opening tag
        Map<MarkdownRef, MarkdownRef> paired = HtmlTagPairs.of(refs, t.markdown());
        Set<MarkdownRef> closing = Collections.newSetFromMap(new IdentityHashMap<>());
        closing.addAll(paired.values());
        for (MarkdownRef r : refs) {
            // placing a reference in its YAML file reads the file up to it: done only for a reference with a problem
            Supplier<SourcePosition> place = () -> t.position(r);
            switch (r.type()) {
                case WIKI -> wiki(r.target(), place, ctx, out);
                case LINK -> link(r.target(), place, dir, ctx, out);
                case RAW_HTML -> {
                    if (closing.contains(r)) continue;
                    MarkdownRef close = paired.get(r);
                    String html = close == null ? abbreviate(r.target()) : abbreviate(r.target()) + "…" + close.target();
                    out.add(Rule.UNSAFE_MARKDOWN.at(t.position(r), "raw HTML '" + html
                            + "' is shown as text, not rendered: use Markdown instead"));
                }
                default -> other(r, t.position(r), chapter, dir, ctx, out);
            }
        }
    }

    /** The references that are rare in prose: images, directives, figures and what could not be read. */
    private static void other(MarkdownRef r, SourcePosition at, boolean chapter, Path dir, ValidationContext ctx,
                              List<Diagnostic> out) {
        switch (r.type()) {
            case IMAGE -> {
                AssetResolver.Resolution res = ctx.assets.resolve(r.target(), dir);
                if (!res.ok()) out.add(Rule.BROKEN_LINK.at(at, "image " + res.problem()));
                else out.addAll(ImageCheck.diagnostics(ctx.assets.inspect(res.file()), r.target(), at));
            }
            case DIRECTIVE -> directive(r, at, chapter, ctx, out);
            case BAD_DIRECTIVE -> out.add(Rule.UNKNOWN_DIRECTIVE.at(at, "'" + abbreviate(r.target())
                    + "' is not a valid directive: write {{name}} or {{name pillar=ID}} alone on a line; names: "
                    + String.join(", ", BlockCatalog.names())));
            case TOO_DEEP -> out.add(Rule.MARKDOWN_LIMIT.at(at, "block quotes or lists nested more than "
                    + r.target() + " levels deep: the chapter is shown as plain text"));
            case UNPARSABLE -> out.add(Rule.MARKDOWN_LIMIT.at(at, r.target()));
            case FIGURE -> figure(r.target(), at, ctx, out);
            default -> throw new IllegalArgumentException(r.type() + " is placed when it has a problem (scan)");
        }
    }

    private static void wiki(String id, Supplier<SourcePosition> at, ValidationContext ctx, List<Diagnostic> out) {
        if (ctx.declared(id) == null)
            out.add(Rule.BROKEN_LINK.at(at.get(), "[[" + id + "]] links to no known id"
                    + Names.didYouMean(id, ctx.allIds())).about(id));
    }

    private static void figure(String name, SourcePosition at, ValidationContext ctx, List<Diagnostic> out) {
        if (ctx.figures.find(name).isPresent()) return;
        if (org.strategypress.model.KeyFigures.NAMES.contains(name))
            out.add(Rule.UNKNOWN_DIRECTIVE.at(at, "{{figure " + name + "}} needs data this strategy does not have"
                    + (name.equals("quick-wins") ? " (initiatives' quick_win)" : name.equals("horizon") ? " (a horizon)"
                    : " (initiatives' cost)")).about(name.equals("horizon") ? StrategyMeta.FILE : null));
        else
            out.add(Rule.UNKNOWN_DIRECTIVE.at(at, "unknown figure {{figure " + name + "}}"
                    + Names.didYouMean(name, org.strategypress.model.KeyFigures.NAMES) + "; figures are: "
                    + String.join(", ", ctx.figures.all().stream().map(org.strategypress.model.KeyFigures.Figure::name).toList())));
    }

    private static void link(String href, Supplier<SourcePosition> at, Path dir, ValidationContext ctx, List<Diagnostic> out) {
        if (!LinkSafety.isSafe(href)) {
            out.add(Rule.UNSAFE_MARKDOWN.at(at.get(), "link '" + abbreviate(href)
                    + "' uses a scheme that is not allowed (only http, https, mailto and relative links); it is removed"));
            return;
        }
        if (LinkSafety.isAbsolute(href) || href.startsWith("#") || href.isEmpty()) return;
        AssetResolver.Resolution res = ctx.assets.resolve(href, dir);
        if (!res.ok()) out.add(Rule.BROKEN_LINK.at(at.get(), "link " + res.problem()));
    }

    private static void directive(MarkdownRef r, SourcePosition at, boolean chapter, ValidationContext ctx,
                                  List<Diagnostic> out) {
        var block = BlockCatalog.find(r.target()).orElse(null);
        if (!chapter) {
            out.add(Rule.UNKNOWN_DIRECTIVE.at(at, "directives place blocks in chapters only, not in YAML text"));
            return;
        }
        if (block == null) {
            out.add(Rule.UNKNOWN_DIRECTIVE.at(at, "unknown directive {{" + r.target() + "}}"
                    + Names.didYouMean(r.target(), BlockCatalog.names()) + "; directives are: "
                    + String.join(", ", BlockCatalog.names())));
            return;
        }
        for (Map.Entry<String, String> a : r.directive().args().entrySet()) {
            if (!block.args().contains(a.getKey())) {
                out.add(Rule.UNKNOWN_DIRECTIVE.at(at, "{{" + block.name() + "}} takes "
                        + (block.args().isEmpty() ? "no arguments" : "only " + String.join(", ", block.args()))
                        + ", not '" + a.getKey() + "'"));
            } else if (BlockCatalog.CHOICES.containsKey(a.getKey()) && !BlockCatalog.CHOICES.get(a.getKey()).contains(a.getValue())) {
                List<String> choices = BlockCatalog.CHOICES.get(a.getKey());
                out.add(Rule.UNKNOWN_DIRECTIVE.at(at, "{{" + block.name() + " " + a.getKey() + "=" + a.getValue() + "}}: "
                        + a.getKey() + " is " + String.join(" or ", choices) + Names.didYouMean(a.getValue(), choices)));
            } else if (a.getKey().equals("pillar")) {
                DeclaredId d = ctx.declared(a.getValue());
                if (d == null || !d.kind().equals("pillars"))
                    out.add(Rule.DANGLING_REF.at(at, "{{" + block.name() + " pillar=" + a.getValue()
                            + "}}: '" + a.getValue() + "' is not a pillar" + Names.didYouMean(a.getValue(), ctx.idsOf("pillars"))));
            }
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}
