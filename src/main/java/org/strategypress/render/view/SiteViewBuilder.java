package org.strategypress.render.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.strategypress.render.view.RoadmapViews.InitiativeFacts;
import org.strategypress.render.view.SiteViews.*;
import org.strategypress.render.view.Views.*;

/** Derives the site-only views (dashboard, traceability matrices, KPI explorer) from a document's view. */
public final class SiteViewBuilder {

    private static final List<String> HORIZON_ORDER = List.of("short", "medium", "long");
    /** The site's page that lists or traces a kind, where it has one. */
    private static final Map<String, String> LIST_PAGES = Map.of("national_targets", SitePages.TRACE_KPIS,
            "gaps", SitePages.TRACE_GAPS, "initiatives", SitePages.TRACE_GAPS, "kpis", SitePages.KPIS);

    private final DocumentView doc;
    private final ShownNumbers numbers;
    private final Map<String, LinkView> pillarLinks = new LinkedHashMap<>();

    public SiteViewBuilder(DocumentView doc) {
        this.doc = doc;
        this.numbers = ShownNumbers.in(doc.meta().language());
        doc.pillars().forEach(p -> pillarLinks.put(p.id(), new LinkView(p.id(), p.title(), p.pageHref(), "pillars")));
    }

    /** Counts per kind (kinds with none left out), coverage of the chain, and the validation status. */
    public DashboardView dashboard(int warnings) {
        List<CountView> counts = new ArrayList<>();
        for (DocumentView.KindView k : doc.kinds())
            if (k.dashboard() && k.count() > 0) counts.add(new CountView(k.plural(), k.count(), LIST_PAGES.get(k.key())));
        List<CoverageView> coverage = List.of(
                coverage("coverage.gapsAddressed", doc.gaps(), g -> !g.addressedBy().isEmpty(), SitePages.TRACE_GAPS),
                coverage("coverage.initiativesMeasured", doc.initiatives(), i -> !i.measuredBy().isEmpty(), SitePages.TRACE_GAPS),
                coverage("coverage.targetsServed", doc.nationalTargets(), t -> !t.servedBy().isEmpty(), SitePages.TRACE_KPIS));
        return new DashboardView(counts, coverage, 0, warnings);
    }

    private static <T> CoverageView coverage(String labelKey, List<T> all, java.util.function.Predicate<T> covered, String href) {
        int n = (int) all.stream().filter(covered).count();
        int percent = all.isEmpty() ? 100 : (int) Math.round(100.0 * n / all.size());
        return new CoverageView(labelKey, n, all.size(), percent, href);
    }

    /** Per pillar, its gaps against the initiatives of the pillar and those addressing its gaps, in document order. */
    public List<GapMatrixView> gapMatrices() {
        List<GapMatrixView> out = new ArrayList<>();
        for (PillarView p : doc.pillars()) {
            List<GapView> gaps = doc.gaps().stream().filter(g -> g.pillar().id().equals(p.id())).toList();
            Set<String> addressing = new LinkedHashSet<>();
            gaps.forEach(g -> g.addressedBy().forEach(l -> addressing.add(l.id())));
            List<LinkView> columns = doc.initiatives().stream()
                    .filter(i -> i.pillar().id().equals(p.id()) || addressing.contains(i.id()))
                    .map(i -> new LinkView(i.id(), i.title(), i.href(), "initiatives")).toList();
            if (gaps.isEmpty() && columns.isEmpty()) continue;
            List<MatrixRowView> rows = gaps.stream().map(g -> row(new LinkView(g.id(), g.title(), g.href(), "gaps"),
                    columns, ids(g.addressedBy()))).toList();
            out.add(new GapMatrixView(pillarLinks.get(p.id()), columns, rows));
        }
        return out;
    }

    /** Every KPI against every national target, the targets grouped by their priority. */
    public KpiMatrixView kpiMatrix() {
        Map<String, List<LinkView>> byPriority = new LinkedHashMap<>();
        Map<String, LinkView> priorities = new HashMap<>();
        doc.priorities().forEach(p -> {
            byPriority.put(p.id(), new ArrayList<>());
            priorities.put(p.id(), new LinkView(p.id(), p.title(), p.href(), "priorities"));
        });
        for (NationalTargetView t : doc.nationalTargets()) {
            priorities.putIfAbsent(t.priority().id(), t.priority());
            byPriority.computeIfAbsent(t.priority().id(), k -> new ArrayList<>())
                    .add(new LinkView(t.id(), t.title(), t.href(), "national_targets"));
        }
        List<TargetGroupView> groups = new ArrayList<>();
        List<LinkView> columns = new ArrayList<>();
        byPriority.forEach((id, targets) -> {
            if (targets.isEmpty()) return;
            groups.add(new TargetGroupView(priorities.get(id), targets));
            columns.addAll(targets);
        });
        List<MatrixRowView> rows = doc.kpis().stream()
                .map(k -> row(new LinkView(k.id(), k.title(), k.href(), "kpis"), columns, ids(k.contributesTo()))).toList();
        return new KpiMatrixView(groups, rows);
    }

    private static MatrixRowView row(LinkView row, List<LinkView> columns, Set<String> linked) {
        return new MatrixRowView(row, columns.stream().map(c -> linked.contains(c.id())).toList());
    }

    private static Set<String> ids(List<LinkView> links) {
        Set<String> s = new LinkedHashSet<>();
        links.forEach(l -> s.add(l.id()));
        return s;
    }

    /** The KPI explorer's rows and the choices of its filters (only values some KPI has). */
    public KpiExplorerView kpiExplorer() {
        Map<String, String> horizonOf = new HashMap<>();
        doc.initiatives().forEach(i -> horizonOf.put(i.id(), i.horizon()));
        List<KpiRowView> rows = new ArrayList<>();
        Set<String> pillarIds = new LinkedHashSet<>();
        Map<String, LinkView> owners = new LinkedHashMap<>();
        Set<String> horizons = new LinkedHashSet<>();
        Set<String> targetIds = new LinkedHashSet<>();
        for (KpiView k : doc.kpis()) {
            List<LinkView> pillars = k.pillarIds().stream().map(pillarLinks::get).filter(java.util.Objects::nonNull).toList();
            List<String> hs = k.measures().stream().map(l -> horizonOf.getOrDefault(l.id(), ""))
                    .filter(h -> !h.isEmpty()).distinct().sorted(horizonOrder()).toList();
            MeasureView last = k.targets().isEmpty() ? null : k.targets().get(k.targets().size() - 1);
            rows.add(decided(k, new KpiRowView(k, pillars, hs, last == null ? "" : last.shown() + " (" + last.year() + ")",
                    "", "", "", "", false, false)));
            pillars.forEach(p -> pillarIds.add(p.id()));
            owners.putIfAbsent(k.owner().id(), k.owner());
            horizons.addAll(hs);
            k.contributesTo().forEach(t -> targetIds.add(t.id()));
        }
        List<LinkView> pillarChoices = pillarLinks.values().stream().filter(p -> pillarIds.contains(p.id())).toList();
        List<LinkView> ownerChoices = owners.values().stream().sorted(Comparator.comparing(LinkView::title)).toList();
        List<LinkView> targetChoices = doc.nationalTargets().stream().filter(t -> targetIds.contains(t.id()))
                .map(t -> new LinkView(t.id(), t.title(), t.href(), "national_targets")).toList();
        return new KpiExplorerView(rows, pillarChoices, ownerChoices,
                horizons.stream().sorted(horizonOrder()).toList(), targetChoices,
                doc.roadmap() == null ? "" : doc.roadmap().currency());
    }

    /** The row with the cost, best weighted score and quick wins of the initiatives the KPI measures. */
    private KpiRowView decided(KpiView k, KpiRowView row) {
        if (doc.roadmap() == null) return row;
        BigDecimal cost = null;
        BigDecimal best = null;
        boolean quickWin = false;
        boolean illustrative = false;
        for (LinkView m : k.measures()) {
            InitiativeFacts f = doc.roadmap().byInitiative().get(m.id());
            if (f == null) continue;
            if (!f.totalCost().isEmpty()) {
                cost = (cost == null ? BigDecimal.ZERO : cost).add(new BigDecimal(f.totalCost()));
                illustrative |= f.costIllustrative();
            }
            if (!f.weightedValue().isEmpty() && (best == null || new BigDecimal(f.weightedValue()).compareTo(best) > 0))
                best = new BigDecimal(f.weightedValue());
            quickWin |= f.quickWin();
        }
        return new KpiRowView(k, row.pillars(), row.horizons(), row.finalTarget(), numbers.amount(cost),
                RoadmapViewBuilder.plain(cost), numbers.decimal(best), best == null ? "" : best.toPlainString(), quickWin,
                illustrative);
    }

    private static Comparator<String> horizonOrder() {
        Function<String, Integer> rank = h -> {
            int i = HORIZON_ORDER.indexOf(h);
            return i < 0 ? HORIZON_ORDER.size() : i;
        };
        return Comparator.comparing(rank).thenComparing(Comparator.naturalOrder());
    }
}
