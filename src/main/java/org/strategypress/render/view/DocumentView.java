package org.strategypress.render.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strategypress.render.view.Views.*;

/**
 * Everything one output (site or print) shows, as plain view data: the entities' views by kind key in registry
 * order ({@code doc.entities.kpis}, or {@code doc.kpis} for short), the kinds themselves ({@code doc.kinds}), the
 * modules, the results chains, the charts, and the apparatus (front matter, annexes, acronyms, glossary, references,
 * key figures, document control).
 */
public record DocumentView(MetaView meta, List<ModuleView> modules, Map<String, List<Object>> entities,
                           List<KindView> kinds, List<ChainView> chains, Map<String, Object> charts,
                           RoadmapViews.RoadmapView roadmap, ApparatusView apparatus) {

    public DocumentView {
        entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        kinds = List.copyOf(kinds);
        charts = Map.copyOf(charts);
    }

    /** A document without the module-4 decision blocks' data, front matter, annexes, references or document control. */
    public DocumentView(MetaView meta, List<ModuleView> modules, Map<String, List<Object>> entities,
                        List<KindView> kinds, List<ChainView> chains, Map<String, Object> charts) {
        this(meta, modules, entities, kinds, chains, charts, null, ApparatusView.NONE);
    }

    /** The same document with these charts. */
    public DocumentView withCharts(Map<String, Object> more) {
        return new DocumentView(meta, modules, entities, kinds, chains, more, roadmap, apparatus);
    }

    /** The same document with this apparatus. */
    public DocumentView withApparatus(ApparatusView a) {
        return new DocumentView(meta, modules, entities, kinds, chains, charts, roadmap, a);
    }

    /** The views of one kind, by its YAML key. */
    @SuppressWarnings("unchecked")
    public <T> List<T> of(String kind) {
        return (List<T>) (List<?>) entities.getOrDefault(kind, List.of());
    }

    /** The kind with this key. */
    public KindView kind(String key) {
        return kinds.stream().filter(k -> k.key().equals(key)).findFirst().orElse(null);
    }

    public List<PillarView> pillars() { return of("pillars"); }
    public List<StakeholderView> stakeholders() { return of("stakeholders"); }
    public List<PriorityView> priorities() { return of("priorities"); }
    public List<NationalTargetView> nationalTargets() { return of("national_targets"); }
    public List<AssessmentView> assessments() { return of("assessments"); }
    public List<TrendView> trends() { return of("trends"); }
    public List<BenchmarkView> benchmarks() { return of("benchmarks"); }
    public List<VisionView> visions() { return of("visions"); }
    public List<GapView> gaps() { return of("gaps"); }
    public List<ObjectiveView> objectives() { return of("objectives"); }
    public List<InitiativeView> initiatives() { return of("initiatives"); }
    public List<KpiView> kpis() { return of("kpis"); }
    public List<PrincipleView> principles() { return of("principles"); }
    public List<ArtifactView> artifacts() { return of("artifacts"); }
    public List<RiskView> risks() { return of("risks"); }

    /**
     * A kind as templates see it: its key (its one spelling, used in CSS classes too), its labels, its URL slug,
     * its module, how many entities it has, and where it appears.
     */
    public record KindView(String key, String singular, String plural, String slug, int module, int count,
                           boolean page, boolean dashboard, boolean search) {
    }

    /** The results chain of one gap: the initiatives addressing it, their KPIs, and what those serve. */
    public record ChainView(LinkView pillar, LinkView gap, List<ChainStep> initiatives) {
    }

    /** One initiative in a chain with the KPIs that measure it. */
    public record ChainStep(LinkView initiative, List<ChainKpi> kpis) {
    }

    /** One KPI in a chain with the national targets and priorities it serves. */
    public record ChainKpi(LinkView kpi, List<LinkView> targets, List<LinkView> priorities) {
    }
}
