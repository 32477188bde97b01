package org.strategypress.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
            List<Page> pages = new ArrayList<>();
            pages.add(new Page("index.html", "site/index.ftlh", Map.of()));
            if (in.changes() != null) pages.add(new Page(CHANGES_PAGE, "site/changes.ftlh", Map.of()));
            for (ModuleView m : doc.modules()) pages.add(new Page(LinkPolicy.SITE.module(m.number()), "site/module.ftlh", Map.of("module", m)));
            for (PillarView p : doc.pillars()) pages.add(new Page(LinkPolicy.SITE.pillarPage(p.id()), "site/pillar.ftlh", Map.of("pillar", p)));
            for (Map.Entry<String, Object> e : entities(doc).entrySet()) {
                Object v = e.getValue();
                pages.add(new Page(SitePages.entityPage(e.getKey()), "site/entity.ftlh", Map.of("e", v, "kind", kindOf(v))));
            }
            // pages are independent: render them on all cores (templates, view data and finisher are thread-safe)
            pages.parallelStream().forEach(pg -> page(dir, pg, doc, common));
            PrintRenderer.copyFolder(in.templatesRoot().resolve("site"), dir.resolve("site"), ".css");
            PrintRenderer.copyFolder(in.templatesRoot().resolve("site"), dir.resolve("site"), ".js");
            PrintRenderer.copyFolder(in.templatesRoot().resolve("fonts"), dir.resolve("fonts"), "");
            assets.copyInto(dir);
        } catch (IOException e) {
            throw new RenderException(Diagnostic.error("output", SourcePosition.of(dir), "cannot write the site: " + e.getMessage()));
        }
        return List.of();
    }

    /** One page of the site: its file name, its template and what the template sees besides the document. */
    private record Page(String file, String template, Map<String, Object> extra) {
    }

    private void page(Path dir, Page pg, DocumentView doc, Map<String, Object> common) {
        Map<String, Object> data = new HashMap<>(common);
        data.putAll(pg.extra());
        data.put("doc", doc);
        data.put("page", pg.file());
        Document html = DocumentFinisher.parse(templates.render(pg.template(), data));
        DocumentFinisher.numberSections(html);
        DocumentFinisher.tidyAnchors(html);
        try {
            Files.writeString(dir.resolve(pg.file()), "<!DOCTYPE html>\n" + html.html(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RenderException(Diagnostic.error("output", SourcePosition.of(dir.resolve(pg.file())),
                    "cannot write the site: " + e.getMessage()));
        }
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
