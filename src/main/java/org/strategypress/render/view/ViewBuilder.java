package org.strategypress.render.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.markdown.RenderContext;
import org.strategypress.model.*;
import org.strategypress.model.schema.Kind;
import org.strategypress.monitoring.Progress;
import org.strategypress.render.view.DocumentView.ChainKpi;
import org.strategypress.render.view.DocumentView.ChainStep;
import org.strategypress.render.view.DocumentView.ChainView;
import org.strategypress.render.view.Views.*;

/** Builds the view data of one output from the validated model. Backlinks are derived here, never stored. */
public final class ViewBuilder {

    private final Strategy s;
    private final String lang;
    private final LinkPolicy links;
    private final MarkdownDialect markdown;
    private final Function<String, String> yamlImages;
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, String> milestoneOwner = new HashMap<>();
    private final Relations back;
    private final Map<Class<?>, Function<Entity, Object>> views = ownViews();
    private final GenericViews generic;
    private final Progress progress;
    private final org.strategypress.monitoring.ResultsLevels levels;
    private final Citations citations;
    private final KeyFigures figures;
    private final ShownNumbers numbers;
    private final BinaryOperator<String> share;

    /**
     * A builder of the views in {@code lang}: every text in that language, falling back to the source language
     * (marked as untranslated) where it has no value in it; {@code words} are the words of that language
     * that the views write.
     *
     * @param yamlImages maps an image written in a YAML prose field to its src in the output (null: drop it)
     */
    public ViewBuilder(Strategy s, String lang, LinkPolicy links, MarkdownDialect markdown, Function<String, String> yamlImages,
                       ViewWords words) {
        this.s = s;
        this.lang = lang;
        this.links = links;
        this.markdown = markdown;
        this.yamlImages = yamlImages;
        s.identified().forEach(e -> byId.putIfAbsent(e.id(), e));
        for (Initiative i : s.initiatives()) for (Initiative.Milestone m : i.milestones()) milestoneOwner.put(m.id(), i.id());
        this.back = new Relations(s);
        this.generic = new GenericViews(this::str, this::md, this::link, links, back);
        this.levels = new org.strategypress.monitoring.ResultsLevels(s);
        this.progress = Progress.of(s.meta(), java.time.YearMonth.now(java.time.ZoneOffset.UTC));
        this.citations = Citations.of(s, markdown, lang, words.places());
        this.share = words.share();
        this.figures = KeyFigures.of(s);
        this.numbers = ShownNumbers.in(lang);
    }

    /** How this output's language writes the numbers it shows. */
    public ShownNumbers numbers() {
        return numbers;
    }

    /** The numbering of citations of this document. */
    public Citations citations() {
        return citations;
    }

    /** The value of an inline {@code {{figure NAME}}} as this output writes numbers, or null when there is no such figure. */
    public String figure(String name) {
        return figures.find(name).map(f -> f.whole() == null ? numbers.text(f.value())
                : share.apply(numbers.text(f.value()), numbers.text(f.whole()))).orElse(null);
    }

    /** The key figures of this document. */
    public KeyFigures figures() {
        return figures;
    }

    /** Where an id that is shown in a generated annex rather than a page of its own lives; null for other ids. */
    private String annexHref(Entity e) {
        if (e instanceof Reference) return links.inPage(MatterPages.REFERENCES, e.id());
        if (e instanceof Term) return links.inPage(MatterPages.GLOSSARY, e.id());
        return null;
    }

    /**
     * The document's view, with the given module views and charts: every kind of the registry, each entity by its
     * kind's view (a kind without one of its own gets the generic {@link EntityView}).
     */
    public DocumentView document(MetaView meta, List<ModuleView> modules, Map<String, Object> charts) {
        Map<String, List<Object>> entities = new LinkedHashMap<>();
        List<DocumentView.KindView> kinds = new ArrayList<>();
        for (Map.Entry<Kind<?>, List<Entity>> e : s.entities().entrySet()) {
            Kind<?> k = e.getKey();
            entities.put(k.key(), e.getValue().stream().map(this::view).toList());
            kinds.add(new DocumentView.KindView(k.key(), k.singular(), k.plural(), k.slug(), k.module(),
                    e.getValue().size(), k.in(Kind.Use.PAGE), k.in(Kind.Use.DASHBOARD), k.in(Kind.Use.SEARCH)));
        }
        return new DocumentView(meta, modules, entities, kinds, s.gaps().stream().map(this::chain).toList(), charts,
                new RoadmapViewBuilder(s, this).build(), ApparatusView.NONE);
    }

    /** The view of one entity: its kind's own, or the generic one. */
    private Object view(Entity e) {
        Function<Entity, Object> own = views.get(e.getClass());
        return own != null ? own.apply(e) : generic.of(e);
    }

    /** The kinds whose views have fields of their own. */
    private Map<Class<?>, Function<Entity, Object>> ownViews() {
        Map<Class<?>, Function<Entity, Object>> m = new HashMap<>();
        m.put(Pillar.class, e -> pillar((Pillar) e));
        m.put(Stakeholder.class, e -> stakeholder((Stakeholder) e));
        m.put(Priority.class, e -> priority((Priority) e));
        m.put(NationalTarget.class, e -> target((NationalTarget) e));
        m.put(Assessment.class, e -> assessment((Assessment) e));
        m.put(Trend.class, e -> { Trend t = (Trend) e; return new TrendView(t.id(), str(t.title()), md(t.summary()), strs(t.sources()), links.entity(t.id())); });
        m.put(Benchmark.class, e -> benchmark((Benchmark) e));
        m.put(Vision.class, e -> vision((Vision) e));
        m.put(Gap.class, e -> gap((Gap) e));
        m.put(Objective.class, e -> objective((Objective) e));
        m.put(Initiative.class, e -> initiative((Initiative) e));
        m.put(Kpi.class, e -> kpi((Kpi) e));
        m.put(Principle.class, e -> { Principle p = (Principle) e; return new PrincipleView(p.id(), str(p.title()), md(p.text()), links.entity(p.id())); });
        m.put(Artifact.class, e -> { Artifact a = (Artifact) e; return new ArtifactView(a.id(), a.artifactKind(), str(a.title()), refs(a.supports()), links.entity(a.id())); });
        m.put(Risk.class, e -> { Risk r = (Risk) e; return new RiskView(r.id(), str(r.title()), r.likelihood(), r.impact(), refs(r.mitigatedBy()), links.entity(r.id()),
                r.owner() == null ? null : link(r.owner().id()), r.category() == null ? "" : r.category(), md(r.response())); });
        return m;
    }

    /** The language the content is written in first. */
    public String sourceLanguage() {
        return s.meta().language();
    }

    /** The link to an id written in Markdown as [[ID]], or null if it is unknown. */
    public RenderContext.EntityLink entityLink(String id) {
        Entity e = byId.get(id);
        if (e instanceof Reference) {
            Integer n = citations.number(id);
            return new RenderContext.EntityLink(annexHref(e), id, str(e.title()), n == null ? "[" + id + "]" : "[" + n + "]");
        }
        if (e != null) return new RenderContext.EntityLink(annexHref(e) != null ? annexHref(e) : links.entity(id), id, str(e.title()));
        String owner = milestoneOwner.get(id);
        if (owner == null) return null;
        Initiative i = (Initiative) byId.get(owner);
        String title = i.milestones().stream().filter(m -> m.id().equals(id)).map(m -> str(m.title())).findFirst().orElse(id);
        String base = links.entity(owner);
        return new RenderContext.EntityLink(base.startsWith("#") ? "#" + id : base + "#" + id, id, title);
    }

    /** A link view for an id of any kind. */
    public LinkView link(String id) {
        Entity e = byId.get(id);
        if (e == null) return new LinkView(id, id, null, "unknown");
        return new LinkView(id, str(e.title()), annexHref(e) != null ? annexHref(e) : links.entity(id), e.kind());
    }

    private List<LinkView> refs(List<Ref> refs) {
        return refs.stream().map(r -> link(r.id())).toList();
    }

    private List<LinkView> ids(List<String> ids) {
        return ids.stream().map(this::link).toList();
    }

    String str(Text t) {
        if (t == null) return "";
        return fallsBack(t) ? TranslationNotes.START + t.in(lang) + TranslationNotes.END : t.in(lang);
    }

    /** True when the text is shown in the source language because it has no value in the output's language. */
    private boolean fallsBack(Text t) {
        return !lang.equals(s.meta().language()) && !t.hasValueIn(lang) && t.translatable();
    }

    private List<String> strs(List<Text> ts) {
        return ts.stream().map(this::str).toList();
    }

    /** Markdown of a YAML prose field as HTML. */
    String md(Text t) {
        if (t == null) return "";
        String html = markdown.renderInline(t.in(lang), new RenderContext(this::entityLink, yamlImages, 3, "", this::figure));
        if (!fallsBack(t)) return html;
        return "<div class=\"untranslated\" lang=\"" + s.meta().language() + "\">" + html
                + "<p class=\"untranslated-note\" lang=\"" + lang + "\">" + TranslationNotes.in(lang).untranslated() + "</p></div>";
    }

    private MeasureView measure(Measure m, boolean entityFlag) {
        return m == null ? null : new MeasureView(m.shown(), numbers.decimal(m.value()), m.year(), m.illustrativeUnder(entityFlag));
    }

    private PillarView pillar(Pillar p) {
        String id = p.id();
        return new PillarView(id, str(p.title()), md(p.summary()), links.entity(id), links.pillarPage(id),
                s.assessments().stream().filter(a -> a.pillar().id().equals(id)).findFirst().map(this::assessment).orElse(null),
                s.visions().stream().filter(v -> v.pillar().id().equals(id)).findFirst().map(this::vision).orElse(null),
                s.gaps().stream().filter(g -> g.pillar().id().equals(id)).map(this::gap).toList(),
                s.objectives().stream().filter(o -> o.pillar() != null && o.pillar().id().equals(id)).map(this::objective).toList(),
                s.initiatives().stream().filter(i -> i.pillar().id().equals(id)).map(this::initiative).toList(),
                s.kpis().stream().filter(k -> back.pillarsOfKpi(k).contains(id)).map(this::kpi).toList());
    }

    private StakeholderView stakeholder(Stakeholder st) {
        String id = st.id();
        return new StakeholderView(id, str(st.name()), str(st.shortName()), st.type(), str(st.role()), links.entity(id),
                ids(back.owned(id)), ids(back.partnerIn(id)), ids(back.reports(id)), ids(back.consultedOn(id)),
                ids(back.funds(id)));
    }

    private PriorityView priority(Priority p) {
        return new PriorityView(p.id(), str(p.title()), links.entity(p.id()),
                s.nationalTargets().stream().filter(t -> t.priority().id().equals(p.id())).map(this::target).toList());
    }

    private NationalTargetView target(NationalTarget t) {
        return new NationalTargetView(t.id(), str(t.title()), link(t.priority().id()), str(t.indicator()), str(t.unit()),
                measure(t.baseline(), t.illustrative()), measure(t.target(), t.illustrative()), str(t.source()), t.illustrative(), str(t.unverified()),
                links.entity(t.id()), ids(back.kpisServing(t.id())), ids(back.objectivesServing(t.id())));
    }

    private AssessmentView assessment(Assessment a) {
        BigDecimal m = a.maturity();
        return new AssessmentView(link(a.pillar().id()), numbers.decimal(m), m.doubleValue(), str(a.maturityBasis()),
                md(a.summary()), strs(a.strengths()), strs(a.challenges()), strs(a.opportunities()),
                md(a.institutional()), md(a.legal()), md(a.regulatory()), refs(a.stakeholders()), strs(a.assets()),
                md(a.dataGovernance()));
    }

    private BenchmarkView benchmark(Benchmark b) {
        return new BenchmarkView(b.id(), str(b.country()), str(b.title()), md(b.summary()), strs(b.practices()),
                strs(b.lessons()), refs(b.pillars()), b.metrics().stream().map(m -> new MetricView(str(m.name()),
                        str(m.unit()), numbers.decimal(m.value()), numbers.decimal(m.homeValue()),
                        m.year() == null ? "" : m.year().toString(), str(m.source()), m.illustrative(), str(m.unverified()))).toList(),
                strs(b.sources()), links.entity(b.id()));
    }

    private VisionView vision(Vision v) {
        return new VisionView(link(v.pillar().id()), md(v.statement()), strs(v.outcomes()));
    }

    private GapView gap(Gap g) {
        return new GapView(g.id(), str(g.title()), link(g.pillar().id()), md(g.asIs()), md(g.toBe()),
                g.severity() == null ? "" : g.severity(), links.entity(g.id()), ids(back.addressing(g.id())));
    }

    private ObjectiveView objective(Objective o) {
        return new ObjectiveView(o.id(), str(o.title()), o.pillar() == null ? null : link(o.pillar().id()),
                refs(o.contributesTo()), links.entity(o.id()), ids(back.initiativesServing(o.id())),
                strs(o.assumptions()), refs(o.constraints()), MonitoringViews.results(o, levels, this::link));
    }

    private InitiativeView initiative(Initiative i) {
        return new InitiativeView(i.id(), str(i.title()), link(i.pillar().id()), refs(i.addresses()), link(i.owner().id()),
                refs(i.partners()), refs(i.objectives()), i.horizon() == null ? "" : i.horizon(), i.start().toString(),
                i.end().toString(), i.priority() == null ? "" : i.priority(),
                i.milestones().stream().map(m -> new MilestoneView(m.id(), str(m.title()), m.due().toString())).toList(),
                md(i.description()), links.entity(i.id()), ids(back.measuring(i.id())), ids(back.supporting(i.id())),
                ids(back.mitigating(i.id())), i.theme() == null ? null : link(i.theme().id()));
    }

    private KpiView kpi(Kpi k) {
        Map<String, String> byYear = new LinkedHashMap<>();
        for (Measure t : k.targets()) byYear.put(Integer.toString(t.year()), numbers.decimal(t.value()));
        boolean flag = k.illustrative();
        return new KpiView(k.id(), str(k.title()), refs(k.measures()), refs(k.contributesTo()), str(k.unit()),
                k.direction(), measure(k.baseline(), flag), k.targets().stream().map(m -> measure(m, flag)).toList(), byYear,
                link(k.owner().id()), str(k.source()), str(k.frequency()), flag, str(k.unverified()),
                links.entity(k.id()), List.copyOf(back.pillarsOfKpi(k)), k.levelOrDefault(),
                k.objective() == null ? null : link(k.objective().id()), md(k.definition()), str(k.formula()),
                strs(k.disaggregation()), str(k.method()), str(k.limitations()), link(k.responsibleOrOwner().id()),
                k.actuals().stream().map(a -> new ActualView(a.year().toString(), a.shown(), numbers.decimal(a.value()), str(a.source()),
                        a.illustrativeUnder(flag))).toList(),
                progress.of(k).map(p -> MonitoringViews.progress(p, progress.asOf(), numbers)).orElse(null),
                MonitoringViews.allIllustrative(k));
    }

    private ChainView chain(Gap g) {
        List<ChainStep> steps = new ArrayList<>();
        for (String ini : back.addressing(g.id())) {
            List<ChainKpi> kpis = new ArrayList<>();
            for (String kid : back.measuring(ini)) {
                Kpi k = (Kpi) byId.get(kid);
                Set<String> priorities = new LinkedHashSet<>();
                for (Ref t : k.contributesTo()) {
                    Entity nt = byId.get(t.id());
                    if (nt instanceof NationalTarget n) priorities.add(n.priority().id());
                }
                kpis.add(new ChainKpi(link(kid), refs(k.contributesTo()), ids(List.copyOf(priorities))));
            }
            steps.add(new ChainStep(link(ini), kpis));
        }
        return new ChainView(link(g.pillar().id()), link(g.id()), steps);
    }

    /** The document's years, from the horizon. */
    public static List<Integer> years(StrategyMeta m) {
        if (!m.hasHorizon()) return List.of();
        return IntStream.rangeClosed(m.horizonFrom(), m.horizonTo()).boxed().toList();
    }
}
