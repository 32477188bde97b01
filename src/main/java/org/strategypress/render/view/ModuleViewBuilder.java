package org.strategypress.render.view;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.strategypress.markdown.BlockCatalog;
import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.markdown.RenderContext;
import org.strategypress.model.Chapter;
import org.strategypress.model.Module;
import org.strategypress.render.view.Views.ChapterView;
import org.strategypress.render.view.Views.ModuleView;
import org.strategypress.render.view.Views.PartView;

/**
 * Renders the chapters of each module into parts (HTML between directive blocks). The module title is the
 * first heading (h1), the first chapter has no heading of its own, later chapters are h2; a module whose
 * chapters place no block gets its default blocks at the end.
 */
public final class ModuleViewBuilder {

    private static final Pattern HEADING = Pattern.compile("<h([1-6])[\\s>]");
    private static final Pattern LEADING_H1 = Pattern.compile("\\A\\s*# [^\\n]*\\n?");

    private final MarkdownDialect markdown;
    private final LinkPolicy links;
    private final String lang;

    public ModuleViewBuilder(MarkdownDialect markdown, LinkPolicy links) {
        this(markdown, links, null);
    }

    /**
     * A builder of the chapters in {@code lang} (null: the source language). A chapter with no translation into it is
     * its source, marked as untranslated; a translation keeps its source's anchors (chapter and headings), so a link
     * to a section is the same in every language.
     */
    public ModuleViewBuilder(MarkdownDialect markdown, LinkPolicy links, String lang) {
        this.markdown = markdown;
        this.links = links;
        this.lang = lang;
    }

    /**
     * @param entityLinks how [[ID]] resolves
     * @param images      for a chapter file's folder and a src as written, the src in the output (null: drop it)
     */
    public List<ModuleView> modules(List<Module> modules, ViewBuilder view, BiFunction<Path, String, String> images) {
        return modules(modules, view, images, null);
    }

    /**
     * The same, each top-level block of a chapter carrying {@code data-src="file:line:column"} with the file
     * relative to {@code contentRoot} (null: no {@code data-src}), for paragraph numbers and the source map.
     */
    public List<ModuleView> modules(List<Module> modules, ViewBuilder view, BiFunction<Path, String, String> images,
                                    Path contentRoot) {
        List<ModuleView> out = new ArrayList<>();
        for (Module m : modules) out.add(module(m, view, images, contentRoot));
        return out;
    }

    private ModuleView module(Module m, ViewBuilder view, BiFunction<Path, String, String> images, Path contentRoot) {
        List<ChapterView> chapters = new ArrayList<>();
        boolean anyBlock = false;
        for (int i = 0; i < m.chapters().size(); i++) {
            Chapter source = m.chapters().get(i);
            Chapter c = lang == null ? source : source.in(lang);
            boolean first = i == 0;
            String anchor = m.anchor() + "-" + source.slug();
            Path dir = c.at().file().toAbsolutePath().getParent();
            Text text = Text.of(c, contentRoot);
            String body = text.body();
            int firstLine = text.firstLine();
            String file = text.file();
            List<String> ids = c == source ? List.of()
                    : markdown.headingIds(LEADING_H1.matcher(source.body()).replaceFirst(""), anchor + "-");
            RenderContext ctx = new RenderContext(view::entityLink, src -> images.apply(dir, src), first ? 0 : 1,
                    anchor + "-", view::figure, file, firstLine, ids);
            List<PartView> parts = new ArrayList<>();
            int level = first ? 1 : 2;
            for (MarkdownDialect.Part p : markdown.render(body, ctx)) {
                if (p.isBlock()) {
                    anyBlock = true;
                    parts.add(new PartView(null, p.block().name(), p.block().arg("pillar"), Math.min(6, level + 1), false,
                            text.at(p.line()), BlockCatalog.options(p.block())));
                } else {
                    parts.add(new PartView(p.html(), null, null, level, false));
                    level = lastHeading(p.html(), level);
                }
            }
            boolean fallback = lang != null && c == source && !lang.equals(view.sourceLanguage());
            chapters.add(new ChapterView(c.title(), anchor, !first, parts, fallback ? view.sourceLanguage() : "",
                    c.translatedBy() == null ? "" : c.translatedBy(), titleSrc(c, contentRoot)));
        }
        if (!anyBlock && !chapters.isEmpty()) {
            List<PartView> defaults = new ArrayList<>();
            for (String b : BlockCatalog.defaults(m.number())) defaults.add(new PartView(null, b, null, 3, true));
            ChapterView last = chapters.get(chapters.size() - 1);
            List<PartView> parts = new ArrayList<>(last.parts());
            parts.addAll(defaults);
            chapters.set(chapters.size() - 1, new ChapterView(last.title(), last.anchor(), last.showTitle(), parts,
                    last.untranslatedFrom(), last.translation(), last.titleSrc()));
        }
        String title = chapters.isEmpty() ? m.title() : chapters.get(0).title();
        return new ModuleView(m.number(), title, m.anchor(), links.module(m.number()), chapters);
    }

    /**
     * A chapter that stands alone (front matter, a written annex) as a module-like view: its title is the h1, its
     * text follows under {@code anchor-text}; blocks it places are drawn where they stand, none by default.
     */
    public ModuleView alone(Chapter c, String anchor, String href, ViewBuilder view, BiFunction<Path, String, String> images,
                            Path contentRoot) {
        Path dir = c.at().file().toAbsolutePath().getParent();
        Text text = Text.of(c, contentRoot);
        RenderContext ctx = new RenderContext(view::entityLink, src -> images.apply(dir, src), 0, anchor + "-", view::figure,
                text.file(), text.firstLine());
        List<PartView> parts = new ArrayList<>();
        int level = 1;
        for (MarkdownDialect.Part p : markdown.render(text.body(), ctx)) {
            if (p.isBlock()) {
                parts.add(new PartView(null, p.block().name(), p.block().arg("pillar"), Math.min(6, level + 1), false,
                        text.at(p.line()), BlockCatalog.options(p.block())));
            } else {
                parts.add(new PartView(p.html(), null, null, level, false));
                level = lastHeading(p.html(), level);
            }
        }
        return new ModuleView(0, c.title(), anchor, href, List.of(new ChapterView(c.title(), anchor + "-text", false, parts,
                titleSrc(c, contentRoot))));
    }

    /** Where the chapter's title is written, as {@code data-src} says it, or "" without a content folder. */
    private static String titleSrc(Chapter c, Path contentRoot) {
        if (contentRoot == null) return "";
        return sourceName(contentRoot, c.titleAt().file()) + ":" + c.titleAt().line() + ":" + c.titleAt().column();
    }

    /**
     * A chapter's Markdown without its leading h1, the line of its file where that text starts, and the file as the
     * source map names it (null without a content folder: then its blocks carry no {@code data-src}).
     */
    private record Text(String body, int firstLine, String file) {
        static Text of(Chapter c, Path contentRoot) {
            Matcher h1 = LEADING_H1.matcher(c.body());
            boolean lead = h1.lookingAt();
            String body = lead ? c.body().substring(h1.end()) : c.body();
            int firstLine = c.bodyLine() + (lead ? (int) h1.group().chars().filter(ch -> ch == '\n').count() : 0);
            return new Text(body, firstLine, contentRoot == null ? null : sourceName(contentRoot, c.at().file()));
        }

        /** {@code file:line:1} of a Markdown line of the text, or "" without a file. */
        String at(int markdownLine) {
            return file == null ? "" : file + ":" + (firstLine + markdownLine - 1) + ":1";
        }
    }

    /** A chapter file as the source map names it: relative to the content folder, with '/'. */
    static String sourceName(Path contentRoot, Path file) {
        Path root = contentRoot.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs.getFileName()).toString().replace('\\', '/');
    }

    private static int lastHeading(String html, int level) {
        Matcher h = HEADING.matcher(html);
        int l = level;
        while (h.find()) l = Integer.parseInt(h.group(1));
        return l;
    }
}
