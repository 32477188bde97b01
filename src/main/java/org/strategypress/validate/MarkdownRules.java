package org.strategypress.validate;

import org.strategypress.model.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.strategypress.markdown.AssetResolver;
import org.strategypress.markdown.BlockCatalog;
import org.strategypress.markdown.LinkSafety;
import org.strategypress.markdown.MarkdownRef;
import org.strategypress.model.Chapter;
import org.strategypress.model.DeclaredId;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Module;
import org.strategypress.model.Names;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Strategy;
import org.strategypress.model.Text;

/**
 * broken-link, unknown-directive and unsafe-markdown, in chapters and in the prose fields of entities:
 * every [[ID]] names a known id, every image exists inside the content folder, every directive exists.
 */
final class MarkdownRules implements ValidationRule {

    @Override
    public void check(Strategy s, ValidationContext ctx, List<Diagnostic> out) {
        for (Module m : s.modules()) {
            for (Chapter source : m.chapters()) {
                List<Chapter> all = new ArrayList<>(List.of(source));
                all.addAll(source.translations().values());
                for (Chapter c : all) {
                    SourcePosition start = c.at().at(c.bodyLine(), 1);
                    scan(c.body(), start, true, fileDir(c.at()), ctx, out, null);
                }
            }
        }
        for (Text t : ProseFields.of(s)) {
            for (Map.Entry<String, String> v : t.byLanguage().entrySet()) {
                SourcePosition start = t.positionOf(v.getKey());
                scan(v.getValue(), start, false, ctx.assets.root(), ctx, out, new TextPlacer(v.getValue(), start, ctx.sources));
            }
        }
    }

    private static Path fileDir(SourcePosition at) {
        Path p = at.file().toAbsolutePath().getParent();
        return p == null ? Path.of("") : p;
    }

    private static void scan(String markdown, SourcePosition start, boolean chapter, Path dir, ValidationContext ctx,
                             List<Diagnostic> out, TextPlacer placer) {
        for (MarkdownRef r : ctx.markdown.scan(markdown)) {
            SourcePosition at = placer != null ? placer.place(r) : start.at(start.line() + r.line() - 1, start.column() + r.column() - 1);
            switch (r.type()) {
                case WIKI -> wiki(r.target(), at, ctx, out);
                case IMAGE -> {
                    AssetResolver.Resolution res = ctx.assets.resolve(r.target(), dir);
                    if (!res.ok()) out.add(Rule.BROKEN_LINK.at(at, "image " + res.problem()));
                }
                case LINK -> link(r.target(), at, dir, ctx, out);
                case DIRECTIVE -> directive(r, at, chapter, ctx, out);
                case BAD_DIRECTIVE -> out.add(Rule.UNKNOWN_DIRECTIVE.at(at, "'" + abbreviate(r.target())
                        + "' is not a valid directive: write {{name}} or {{name pillar=ID}} alone on a line; names: "
                        + String.join(", ", BlockCatalog.names())));
                case TOO_DEEP -> out.add(Rule.MARKDOWN_LIMIT.at(at, "block quotes or lists nested more than "
                        + r.target() + " levels deep: the chapter is shown as plain text"));
                case UNPARSABLE -> out.add(Rule.MARKDOWN_LIMIT.at(at, r.target()));
                case RAW_HTML -> out.add(Rule.UNSAFE_MARKDOWN.at(at, "raw HTML '" + abbreviate(r.target())
                        + "' is shown as text, not rendered: use Markdown instead"));
            }
        }
    }

    private static void wiki(String id, SourcePosition at, ValidationContext ctx, List<Diagnostic> out) {
        if (ctx.declared(id) == null)
            out.add(Rule.BROKEN_LINK.at(at, "[[" + id + "]] links to no known id"
                    + Names.didYouMean(id, ctx.allIds())).about(id));
    }

    private static void link(String href, SourcePosition at, Path dir, ValidationContext ctx, List<Diagnostic> out) {
        if (!LinkSafety.isSafe(href)) {
            out.add(Rule.UNSAFE_MARKDOWN.at(at, "link '" + abbreviate(href)
                    + "' uses a scheme that is not allowed (only http, https, mailto and relative links); it is removed"));
            return;
        }
        if (LinkSafety.isAbsolute(href) || href.startsWith("#") || href.isEmpty()) return;
        AssetResolver.Resolution res = ctx.assets.resolve(href, dir);
        if (!res.ok()) out.add(Rule.BROKEN_LINK.at(at, "link " + res.problem()));
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
