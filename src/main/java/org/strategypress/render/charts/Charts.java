package org.strategypress.render.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strategypress.render.charts.ChartGeometry.ChainDiagram;
import org.strategypress.render.charts.ChartGeometry.ChainLink;
import org.strategypress.render.charts.ChartGeometry.ChainRow;
import org.strategypress.render.charts.ChartGeometry.LegendEntry;
import org.strategypress.render.charts.ChartGeometry.Marker;
import org.strategypress.render.charts.ChartGeometry.MaturityBar;
import org.strategypress.render.charts.ChartGeometry.MaturityChart;
import org.strategypress.render.charts.ChartGeometry.Roadmap;
import org.strategypress.render.charts.ChartGeometry.RoadmapBar;
import org.strategypress.render.charts.ChartGeometry.RoadmapGroup;
import org.strategypress.render.charts.ChartGeometry.Tick;
import org.strategypress.render.charts.ChartGeometry.TimeAxis;
import org.strategypress.render.charts.ChartGeometry.ValueAxis;
import org.strategypress.render.charts.ChartGeometry.YearBand;
import org.strategypress.render.view.DocumentView;
import org.strategypress.render.view.ShownNumbers;
import org.strategypress.render.view.DocumentView.ChainKpi;
import org.strategypress.render.view.DocumentView.ChainStep;
import org.strategypress.render.view.DocumentView.ChainView;
import org.strategypress.render.view.Views.AssessmentView;
import org.strategypress.render.view.Views.InitiativeView;
import org.strategypress.render.view.Views.LinkView;
import org.strategypress.render.view.Views.MetaView;
import org.strategypress.render.view.Views.MilestoneView;
import org.strategypress.render.view.Views.PillarView;

/**
 * The charts of a document as geometry ({@link ChartGeometry}): scales, ticks and positions made from the
 * data, the same for the site and the PDF. templates/shared/charts.ftlh draws them and the output's CSS
 * colours them, so restyling a chart needs no change here.
 */
public final class Charts {

    /** How many pillar colours each palette defines ({@code pillar-1} to {@code pillar-9}). */
    public static final int PILLAR_CLASSES = 9;

    /** Plot sizes in user units (the SVG viewBox); the CSS decides the size on the page. */
    static final double MATURITY_W = 300, MATURITY_H = 14;
    static final double ROADMAP_W = 360, ROADMAP_H = 16;
    static final double KPI_W = 200, KPI_H = 32, KPI_PAD = 4;
    /** The most year labels an axis shows before it labels every second (third...) year only. */
    static final int ROADMAP_YEAR_LABELS = 12, KPI_YEAR_LABELS = 8;

    private Charts() {
    }

    /**
     * All charts of a document, keyed as the block templates look them up: "maturity", "roadmap", "financing",
     * "roadmap-&lt;PILLAR&gt;", "kpi-&lt;PILLAR&gt;" and "chain-&lt;PILLAR&gt;". A roadmap is absent without a
     * horizon or initiatives, a pillar's KPI chart and chain diagram without KPIs or gaps.
     */
    public static Map<String, Object> all(DocumentView doc) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, String> classes = pillarClasses(doc.pillars());
        ShownNumbers numbers = ShownNumbers.in(doc.meta().language());
        String asOf = doc.roadmap() == null ? null : doc.roadmap().asOf();
        out.put("maturity", maturity(doc.assessments(), classes, numbers));
        Roadmap all = roadmap(doc.meta(), doc.pillars(), null, classes);
        if (all != null) out.put("roadmap", all);
        ChartGeometry.FinancingChart financing = RoadmapCharts.financing(doc.roadmap());
        if (financing != null) out.put("financing", financing);
        for (PillarView p : doc.pillars()) {
            Roadmap one = roadmap(doc.meta(), List.of(p), p, classes);
            if (one != null) out.put("roadmap-" + p.id(), one);
            if (!p.kpis().isEmpty()) out.put("kpi-" + p.id(), KpiCharts.of(doc.meta(), asOf, p, classes.get(p.id()), numbers));
            List<ChainView> chains = doc.chains().stream().filter(c -> c.pillar().id().equals(p.id())).toList();
            if (!chains.isEmpty()) out.put("chain-" + p.id(), chain(p, classes.get(p.id()), chains));
        }
        return out;
    }

    /** {@code pillar-1}, {@code pillar-2}, ... by each pillar's position in the document. */
    static Map<String, String> pillarClasses(List<PillarView> pillars) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pillars.size(); i++) m.put(pillars.get(i).id(), "pillar-" + (i % PILLAR_CLASSES + 1));
        return m;
    }

    static MaturityChart maturity(List<AssessmentView> as, Map<String, String> classes, ShownNumbers numbers) {
        List<Tick> scale = new ArrayList<>();
        for (int v = 0; v <= 5; v++) scale.add(new Tick(numbers.whole(v), r(v / 5.0 * MATURITY_W), r(v * 20.0)));
        List<MaturityBar> bars = new ArrayList<>();
        for (AssessmentView a : as) {
            double len = Math.max(0, Math.min(5, a.maturityValue())) / 5.0 * MATURITY_W;
            bars.add(new MaturityBar(a.pillar(), classes.getOrDefault(a.pillar().id(), "pillar-1"), a.maturity(), r(len),
                    "Maturity of " + a.pillar().title() + ": " + a.maturity() + " of 5"));
        }
        return new MaturityChart("fig-maturity", MATURITY_W, MATURITY_H, scale, bars);
    }

    /** A roadmap of the pillars' initiatives; {@code one} is the pillar of a one-pillar roadmap, else null. Null when empty. */
    static Roadmap roadmap(MetaView meta, List<PillarView> pillars, PillarView one, Map<String, String> classes) {
        if (meta.years().isEmpty()) return null;
        int first = meta.from();
        int months = meta.years().size() * 12;
        double unit = ROADMAP_W / months;
        List<RoadmapGroup> groups = new ArrayList<>();
        boolean milestones = false;
        for (PillarView p : pillars) {
            if (p.initiatives().isEmpty()) continue;
            List<RoadmapBar> bars = new ArrayList<>();
            for (InitiativeView i : p.initiatives()) {
                int s = clamp(monthIndex(i.start(), first, false), months);
                int e = clamp(monthIndex(i.end(), first, true), months);
                StringBuilder alt = new StringBuilder(i.id() + " runs " + i.start() + " to " + i.end());
                List<Marker> ms = new ArrayList<>();
                for (MilestoneView m : i.milestones()) {
                    ms.add(new Marker(m.id(), m.due(), r((clamp(monthIndex(m.due(), first, true), months) + 0.5) * unit), ROADMAP_H / 2));
                    alt.append("; milestone ").append(m.id()).append(" due ").append(m.due());
                }
                milestones |= !ms.isEmpty();
                bars.add(new RoadmapBar(i.id(), i.title(), i.href(), i.start() + "–" + i.end(), r(s * unit),
                        r(Math.max(1, e - s + 1) * unit), ms, alt.toString()));
            }
            groups.add(new RoadmapGroup(link(p), classes.getOrDefault(p.id(), "pillar-1"), bars));
        }
        if (groups.isEmpty()) return null;
        List<LegendEntry> legend = new ArrayList<>();
        legend.add(new LegendEntry("span", "chart.roadmapSpan"));
        if (milestones) legend.add(new LegendEntry("milestone", "chart.roadmapMilestone"));
        return new Roadmap(one == null ? "fig-roadmap" : "fig-roadmap-" + one.id(), one == null ? null : link(one),
                meta.from(), meta.to(), ROADMAP_W, ROADMAP_H, yearAxis(meta.years().get(0), meta.years().get(meta.years().size() - 1), ROADMAP_W, ROADMAP_YEAR_LABELS),
                one == null, groups, legend);
    }

    static ChainDiagram chain(PillarView p, String pillarClass, List<ChainView> chains) {
        List<ChainRow> rows = new ArrayList<>();
        for (ChainView c : chains) {
            List<ChainLink> links = new ArrayList<>();
            for (ChainStep step : c.initiatives()) {
                Map<String, LinkView> targets = new LinkedHashMap<>();
                List<LinkView> kpis = new ArrayList<>();
                for (ChainKpi k : step.kpis()) {
                    kpis.add(k.kpi());
                    for (LinkView t : k.targets()) targets.putIfAbsent(t.id(), t);
                }
                links.add(new ChainLink(step.initiative(), kpis, List.copyOf(targets.values())));
            }
            rows.add(new ChainRow(c.gap(), links));
        }
        return new ChainDiagram("fig-chain-" + p.id(), link(p), pillarClass, rows);
    }

    /**
     * Each year from {@code first} to {@code last} once, as equal columns across {@code width}; at most
     * {@code maxLabels} of them labelled (every year when they fit; else every second, third... year counted back
     * from the last, which is the horizon's end).
     */
    static TimeAxis yearAxis(int first, int last, double width, int maxLabels) {
        int n = Math.max(1, last - first + 1);
        int every = (n + maxLabels - 1) / maxLabels;
        double w = width / n;
        List<YearBand> years = new ArrayList<>();
        for (int i = 0; i < n; i++)
            years.add(new YearBand(first + i, r(i * w), r(w), r((i + 0.5) * w), r(i * 100.0 / n), r(100.0 / n),
                    (n - 1 - i) % every == 0));
        return new TimeAxis(years);
    }

    /**
     * A scale covering the values with two to five "nice" ticks (1, 2 or 5 times a power of ten), drawn from
     * {@code pad} below the top to {@code pad} above the bottom of a plot {@code height} high. A single value
     * gets a scale a step either side of it (zero throughout: 0 to 1). The ticks are labelled as {@code numbers}
     * writes them; {@code min} and {@code max} stay plain numbers, for placing values.
     */
    static ValueAxis valueAxis(List<BigDecimal> values, double height, double pad, ShownNumbers numbers) {
        BigDecimal lo = values.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal hi = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        BigDecimal step;
        if (lo.compareTo(hi) == 0 && lo.signum() == 0) {
            hi = BigDecimal.ONE;
        } else if (lo.compareTo(hi) == 0) {
            step = nice(lo.abs().divide(BigDecimal.TEN), true);
            lo = lo.subtract(step);
            hi = hi.add(step);
        }
        step = nice(nice(hi.subtract(lo), false).divide(BigDecimal.valueOf(2)), true);
        BigDecimal min = lo.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal max = hi.divide(step, 0, RoundingMode.CEILING).multiply(step);
        if (min.compareTo(max) == 0) max = min.add(step);
        int n = max.subtract(min).divide(step, 0, RoundingMode.UNNECESSARY).intValue();
        List<Tick> ticks = new ArrayList<>();
        double inner = height - 2 * pad;
        for (int i = 0; i <= n; i++) {
            BigDecimal v = min.add(step.multiply(BigDecimal.valueOf(i)));
            double y = pad + inner * (n - i) / n;
            ticks.add(new Tick(numbers.amount(v), r(y), r(y / height * 100)));
        }
        return new ValueAxis(plain(min), plain(max), ticks);
    }

    /** The "nice" number near {@code x}: 1, 2, 5 or 10 times a power of ten, rounded or at least {@code x}. */
    static BigDecimal nice(BigDecimal x, boolean round) {
        if (x.signum() <= 0) return BigDecimal.ONE;
        int exp = x.precision() - x.scale() - 1;
        BigDecimal f = x.movePointLeft(exp);
        int nf;
        if (round) nf = f.compareTo(new BigDecimal("1.5")) < 0 ? 1 : f.compareTo(new BigDecimal("3")) < 0 ? 2 : f.compareTo(new BigDecimal("7")) < 0 ? 5 : 10;
        else nf = f.compareTo(BigDecimal.ONE) <= 0 ? 1 : f.compareTo(BigDecimal.valueOf(2)) <= 0 ? 2 : f.compareTo(BigDecimal.valueOf(5)) <= 0 ? 5 : 10;
        return BigDecimal.valueOf(nf).movePointRight(exp);
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    static LinkView link(PillarView p) {
        return new LinkView(p.id(), p.title(), p.href(), "pillars");
    }

    private static int monthIndex(String when, int firstYear, boolean end) {
        String[] parts = when.split("-");
        int y = Integer.parseInt(parts[0]);
        int m = parts.length > 1 ? Integer.parseInt(parts[1]) : (end ? 12 : 1);
        return (y - firstYear) * 12 + m - 1;
    }

    private static int clamp(int v, int months) {
        return Math.max(0, Math.min(months - 1, v));
    }

    /** Rounded to hundredths, so the markup stays short and the same on every run. */
    static double r(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
