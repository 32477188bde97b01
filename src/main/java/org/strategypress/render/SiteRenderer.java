package org.strategypress.render;

import org.strategypress.model.Rule;
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
import org.strategypress.model.StrategyDiff;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.SourcePosition;
import org.strategypress.render.html.Abbreviations;
import org.strategypress.render.html.DocumentFinisher;
import org.strategypress.render.html.ParagraphNumbers;
import org.strategypress.render.html.TemplateEngine;
import org.strategypress.render.html.TemplateReads;
import org.strategypress.model.schema.RecordFields;
import org.strategypress.render.html.TemplateSet;
import org.strategypress.render.view.ApparatusView;
import org.strategypress.render.view.DocumentView;
import org.strategypress.render.view.MatterPages;
import org.strategypress.render.view.DocumentView.KindView;
import org.strategypress.render.view.LinkPolicy;
import org.strategypress.render.view.SitePages;
import org.strategypress.render.view.SiteViewBuilder;
import org.strategypress.render.view.Views.ModuleView;
import org.strategypress.render.view.Views.PillarView;

/**
 * The static site in {@code html/}: index (with the dashboard), one page per module, one per pillar (its whole
 * chain), one per other entity, the KPI explorer, two traceability matrices, the search page and its index,
 * with stylesheets, scripts, fonts and images beside them. Works from file:// and any static server.
 */
public final class SiteRenderer {

    private final MarkdownDialect markdown;
    private final TemplateEngine templates;
    private final boolean parallel;
    private final PageCache cache;

    /** The page listing what changed since an earlier version, when the build was asked for one. */
    public static final String CHANGES_PAGE = "changes.html";

    public SiteRenderer(MarkdownDialect markdown, TemplateEngine templates) {
        this(markdown, templates, true);
    }

    /**
     * A renderer that renders the pages on all cores when {@code parallel}, else on the calling thread: beside
     * a PDF being rendered, the PDF is the longer job and a second site thread would only take a core from it.
     */
    public SiteRenderer(MarkdownDialect markdown, TemplateEngine templates, boolean parallel) {
        this(markdown, templates, parallel, null);
    }

    /**
     * The same, finishing a page whose template output did not change since the last build with {@code cache} the
     * way it was finished then (null: every page finished anew).
     */
    public SiteRenderer(MarkdownDialect markdown, TemplateEngine templates, boolean parallel, PageCache cache) {
        this.markdown = markdown;
        this.templates = templates;
        this.parallel = parallel;
        this.cache = cache;
    }

    /** Writes the site under {@code out/html}; returns its files and the problems found while rendering. */
    public Rendered render(RenderInputs in, Path out) {
        return render(in, OutputFolder.of(out));
    }

    /**
     * Writes the site under {@code out/html} (per language {@code out/html/<language>}, every language with the same
     * pages at the same paths), reusing the previous build's unchanged files.
     */
    public Rendered render(RenderInputs in, OutputFolder out) {
        OutputFolder html = in.perLanguage() ? out.resolve("html").resolve(in.language()) : out.resolve("html");
        Path dir = html.dir();
        Map<String, Object> common = common(in.changes());
        AssetCollector assets = new AssetCollector(in.contentRoot(), org.strategypress.assets.ImageLimits.of(in.strategy().meta().rules()));
        DocumentView doc = OutputViews.build(in, markdown, LinkPolicy.SITE, assets, templates.viewWords(in.language()));
        SiteViewBuilder site = new SiteViewBuilder(doc);
        try {
            Files.createDirectories(dir);
            List<Page> pages = new ArrayList<>();
            pages.add(new Page("index.html", "site/index.ftlh", Map.of("dashboard", site.dashboard(in.warnings())), null));
            if (in.changes() != null) pages.add(new Page(CHANGES_PAGE, "site/changes.ftlh", Map.of(), null));
            pages.add(new Page(SitePages.KPIS, "site/kpis.ftlh", Map.of("explorer", site.kpiExplorer()), null));
            pages.add(new Page(SitePages.TRACE_GAPS, "site/trace-gaps.ftlh", Map.of("matrices", site.gapMatrices()), null));
            pages.add(new Page(SitePages.TRACE_KPIS, "site/trace-kpis.ftlh", Map.of("matrix", site.kpiMatrix()), null));
            pages.add(new Page(SitePages.SEARCH, "site/search.ftlh", Map.of(), null));
            for (ModuleView m : doc.modules()) pages.add(new Page(LinkPolicy.SITE.module(m.number()), "site/module.ftlh", Map.of("module", m), MODULE));
            pages.addAll(apparatusPages(doc));
            for (PillarView p : doc.pillars()) pages.add(new Page(LinkPolicy.SITE.pillarPage(p.id()), "site/pillar.ftlh", Map.of("pillar", p), "pillars"));
            for (KindView k : doc.kinds()) {
                if (!k.page()) continue;
                for (Object v : doc.of(k.key())) pages.add(new Page(SitePages.entityPage(idOf(v)), "site/entity.ftlh",
                        Map.of("e", v, "kind", k.key()), k.search() ? k.key() : null));
            }
            // a templates folder copied before a page existed (an older press init) has its own layout but no such
            // page: the page is left out rather than drawn with a layout it was not written for
            TemplateSet set = templates.set();
            pages.removeIf(pg -> OPTIONAL_TEMPLATES.contains(pg.template()) && set.projectHas("site/layout.ftlh") && !set.projectHas(pg.template()));
            // pages are independent (templates, view data and finisher are thread-safe)
            Abbreviations abbreviations = Abbreviations.of(doc.apparatus().acronyms());
            Replay replay = cache == null ? null : new Replay(templates.templatesStamp(), templates.replay());
            List<List<SearchIndex.Entry>> entries = (parallel ? pages.parallelStream() : pages.stream())
                    .map(pg -> page(html, pg, doc, common, abbreviations, replay)).toList();
            if (cache != null) cache.endBuild();
            searchIndex(pages, entries).write(html, SitePages.SEARCH_INDEX);
            for (String suffix : List.of(".css", ".js", ".svg"))
                for (TemplateSet.Found f : set.list("site", suffix)) html.copy(f.file(), f.name());
            for (TemplateSet.Found f : set.list("fonts", "")) html.copy(f.file(), f.name());
            assets.copyInto(html);
        } catch (IOException e) {
            throw new RenderException(Rule.OUTPUT.at(SourcePosition.of(dir), "cannot write the site: " + e.getMessage()));
        }
        return Rendered.of(dir, List.of());
    }

    /**
     * The front matter and written annexes (searched as a module's sections are), then the generated annexes
     * that have something to list, lettered after the written ones.
     */
    private static List<Page> apparatusPages(DocumentView doc) {
        List<Page> out = new ArrayList<>();
        ApparatusView a = doc.apparatus();
        for (ApparatusView.MatterView m : a.front()) out.add(new Page(m.href(), "site/matter.ftlh", Map.of("matter", m), MODULE));
        for (ApparatusView.MatterView m : a.annexes()) out.add(new Page(m.href(), "site/matter.ftlh", Map.of("matter", m), MODULE));
        int n = a.annexes().size();
        if (!a.acronyms().isEmpty()) out.add(generated(MatterPages.ACRONYMS, "acronyms", n++));
        if (!a.glossary().isEmpty()) out.add(generated(MatterPages.GLOSSARY, "glossary", n++));
        if (!a.references().isEmpty()) out.add(generated(MatterPages.REFERENCES, "references", n));
        return out;
    }

    private static Page generated(String file, String which, int index) {
        return new Page(file, "site/apparatus.ftlh", Map.of("which", which, "letter", MatterPages.letter(index)), null);
    }

    private static final String MODULE = SearchIndex.MODULE;
    /** Pages added after press init first copied the templates: left out when a templates folder lacks them. */
    private static final java.util.Set<String> OPTIONAL_TEMPLATES = java.util.Set.of("site/kpis.ftlh",
            "site/trace-gaps.ftlh", "site/trace-kpis.ftlh", "site/search.ftlh", "site/matter.ftlh", "site/apparatus.ftlh");

    /**
     * One page of the site: its file name, its template, what the template sees besides the document, and what
     * the search index takes from it: {@code module} for a module's sections, an entity kind, or null for nothing.
     */
    private record Page(String file, String template, Map<String, Object> extra, String indexAs) {
    }

    /** What one build replays its pages' recorded reads with: the templates folder's stamp, and the shared replay. */
    private record Replay(Object stamp, TemplateReads.Replay steps) {
    }

    /** Entity entries first, then the modules' sections, each in page order. */
    private static SearchIndex searchIndex(List<Page> pages, List<List<SearchIndex.Entry>> entries) {
        SearchIndex index = new SearchIndex();
        for (int i = 0; i < pages.size(); i++) if (!MODULE.equals(pages.get(i).indexAs())) index.addAll(entries.get(i));
        for (int i = 0; i < pages.size(); i++) if (MODULE.equals(pages.get(i).indexAs())) index.addAll(entries.get(i));
        return index;
    }

    /** Renders and writes one page; returns what it gives the search index. */
    private List<SearchIndex.Entry> page(OutputFolder dir, Page pg, DocumentView doc, Map<String, Object> common,
                                         Abbreviations abbreviations, Replay replay) {
        Map<String, Object> data = new HashMap<>(common);
        data.putAll(pg.extra());
        data.put("doc", doc);
        data.put("page", pg.file());
        KindView kind = pg.indexAs() == null ? null : doc.kind(pg.indexAs());
        String key = doc.meta().language() + "/" + pg.file();
        Object context = List.of(doc.meta(), doc.apparatus().acronyms(), String.valueOf(pg.indexAs()),
                kind == null ? "" : kind.singular());
        PageCache.Finished done = cache == null ? null : unchanged(key, pg, data, context, replay);
        if (done == null) done = rendered(key, pg, data, context, doc, kind, abbreviations, replay);
        if (cache != null) cache.put(key, done);
        try {
            dir.write(pg.file(), done.html());
        } catch (IOException e) {
            throw new RenderException(Rule.OUTPUT.at(SourcePosition.of(dir.dir().resolve(pg.file())),
                    "cannot write the site: " + e.getMessage()));
        }
        return done.entries();
    }

    /**
     * The last build's page {@code key}, when its template would write the same again (everything it read gives what
     * it gave then) and it would be finished the same way; else null.
     */
    private PageCache.Finished unchanged(String key, Page pg, Map<String, Object> data, Object context, Replay replay) {
        PageCache.Finished f = cache.previous(key);
        return f != null && f.reads() != null && f.context().equals(context)
                && templates.stillHold(f.reads(), pg.template(), data, replay.stamp(), replay.steps()) ? f : null;
    }

    /** Runs the page's template and finishes what it wrote, or takes the last build's page when it wrote the same. */
    private PageCache.Finished rendered(String key, Page pg, Map<String, Object> data, Object context, DocumentView doc,
                                        KindView kind, Abbreviations abbreviations, Replay replay) {
        if (cache == null) return finish(templates.render(pg.template(), data), null, context, pg, doc, kind, abbreviations);
        TemplateEngine.Traced t = templates.renderTraced(pg.template(), data, replay.stamp());
        TemplateReads reads = t.reads().replayable() ? t.reads() : null;
        PageCache.Finished same = cache.lookup(key, t.text(), context);
        return same != null ? same.withReads(reads) : finish(t.text(), reads, context, pg, doc, kind, abbreviations);
    }

    /** Parses what a page's template wrote, runs the finishers over it and takes its search-index entries. */
    private PageCache.Finished finish(String rendered, TemplateReads reads, Object context, Page pg, DocumentView doc,
                                      KindView kind, Abbreviations abbreviations) {
        Document html = DocumentFinisher.parse(rendered);
        OutputViews.markUntranslated(html, doc.meta());
        DocumentFinisher.numberSections(html, templates.captionWords(doc.meta().language()));
        ParagraphNumbers.number(html);
        DocumentFinisher.tidyAnchors(html);
        abbreviations.mark(html.selectFirst("main"));
        ParagraphNumbers.addHoverAnchors(html);
        List<SearchIndex.Entry> entries = pg.indexAs() == null ? List.of()
                : SearchIndex.entriesOf(pg.indexAs(), kind == null ? pg.indexAs() : kind.singular(), pg.file(), html);
        return new PageCache.Finished(rendered, context, ("<!DOCTYPE html>\n" + html.html()).getBytes(StandardCharsets.UTF_8),
                entries, reads);
    }

    /** What every page sees besides its own data: the changes page and its link, when there is one. */
    private static Map<String, Object> common(StrategyDiff changes) {
        if (changes == null) return Map.of();
        return Map.of("changes", changes, "changesHref", CHANGES_PAGE, "changesSince", changes.from());
    }

    /** The id of an entity's view: every view of a kind with pages has one. */
    private static String idOf(Object view) {
        return (String) RecordFields.of(view.getClass()).components().stream().filter(c -> c.yamlName().equals("id"))
                .findFirst().orElseThrow(() -> new IllegalStateException(view.getClass() + " has no id")).read(view);
    }
}
