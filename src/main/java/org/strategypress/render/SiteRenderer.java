package org.strategypress.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.diff.StrategyDiff;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.SourcePosition;
import org.strategypress.render.html.DocumentFinisher;
import org.strategypress.render.html.TemplateEngine;
import org.strategypress.render.view.DocumentView;
import org.strategypress.render.view.LinkPolicy;
import org.strategypress.render.view.SitePages;
import org.strategypress.render.view.Views.ModuleView;
import org.strategypress.render.view.Views.PillarView;

/**
 * The static site in {@code html/}: index, one page per module, one per pillar (its whole chain), one per
 * other entity, with stylesheets, fonts and images beside them. Works from file:// and any static server.
 */
public final class SiteRenderer {

    private final MarkdownDialect markdown;
    private final TemplateEngine templates;

    /** The page listing what changed since an earlier version, when the build was asked for one. */
    public static final String CHANGES_PAGE = "changes.html";

    public SiteRenderer(MarkdownDialect markdown, TemplateEngine templates) {
        this.markdown = markdown;
        this.templates = templates;
    }

    /** Writes the site under {@code out/html}; returns problems found while rendering (none so far). */
    public List<Diagnostic> render(RenderInputs in, Path out) {
        Path dir = out.resolve("html");
        Map<String, Object> common = common(in.changes());
        AssetCollector assets = new AssetCollector(in.contentRoot());
        DocumentView doc = OutputViews.build(in, markdown, LinkPolicy.SITE, assets);
        try {
            Files.createDirectories(dir);
            page(common, dir, "index.html", "site/index.ftlh", doc, Map.of());
            if (in.changes() != null) page(common, dir, CHANGES_PAGE, "site/changes.ftlh", doc, Map.of());
            for (ModuleView m : doc.modules()) page(common, dir, LinkPolicy.SITE.module(m.number()), "site/module.ftlh", doc, Map.of("module", m));
            for (PillarView p : doc.pillars()) page(common, dir, LinkPolicy.SITE.pillarPage(p.id()), "site/pillar.ftlh", doc, Map.of("pillar", p));
            for (Map.Entry<String, Object> e : entities(doc).entrySet()) {
                Object v = e.getValue();
                page(common, dir, SitePages.entityPage(e.getKey()), "site/entity.ftlh", doc,
                        Map.of("e", v, "kind", kindOf(v)));
            }
            PrintRenderer.copyFolder(in.templatesRoot().resolve("site"), dir.resolve("site"), ".css");
            PrintRenderer.copyFolder(in.templatesRoot().resolve("site"), dir.resolve("site"), ".js");
            PrintRenderer.copyFolder(in.templatesRoot().resolve("fonts"), dir.resolve("fonts"), "");
            assets.copyInto(dir);
        } catch (IOException e) {
            throw new RenderException(Diagnostic.error("output", SourcePosition.of(dir), "cannot write the site: " + e.getMessage()));
        }
        return List.of();
    }

    private void page(Map<String, Object> common, Path dir, String file, String template, DocumentView doc, Map<String, Object> extra) throws IOException {
        Map<String, Object> data = new HashMap<>(common);
        data.putAll(extra);
        data.put("doc", doc);
        data.put("page", file);

        Document html = DocumentFinisher.parse(templates.render(template, data));
        DocumentFinisher.numberSections(html);
        DocumentFinisher.tidyAnchors(html);
        Files.writeString(dir.resolve(file), "<!DOCTYPE html>\n" + html.html(), StandardCharsets.UTF_8);
    }

    /** What every page sees besides its own data: the changes page and its link, when there is one. */
    private static Map<String, Object> common(StrategyDiff changes) {
        if (changes == null) return Map.of();
        return Map.of("changes", changes, "changesHref", CHANGES_PAGE, "changesSince", changes.from());
    }

    /** Every entity with a page of its own, by id. */
    private static Map<String, Object> entities(DocumentView d) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        d.stakeholders().forEach(x -> m.put(x.id(), x));
        d.priorities().forEach(x -> m.put(x.id(), x));
        d.nationalTargets().forEach(x -> m.put(x.id(), x));
        d.trends().forEach(x -> m.put(x.id(), x));
        d.benchmarks().forEach(x -> m.put(x.id(), x));
        d.gaps().forEach(x -> m.put(x.id(), x));
        d.objectives().forEach(x -> m.put(x.id(), x));
        d.initiatives().forEach(x -> m.put(x.id(), x));
        d.kpis().forEach(x -> m.put(x.id(), x));
        d.principles().forEach(x -> m.put(x.id(), x));
        d.artifacts().forEach(x -> m.put(x.id(), x));
        d.risks().forEach(x -> m.put(x.id(), x));
        return m;
    }

    private static String kindOf(Object v) {
        String n = v.getClass().getSimpleName();
        return n.substring(0, n.length() - "View".length()).toLowerCase(java.util.Locale.ROOT);
    }
}
