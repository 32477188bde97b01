package org.strategypress.render.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.strategypress.render.charts.ChartGeometry.KpiChart;
import org.strategypress.render.charts.ChartGeometry.KpiTrajectory;
import org.strategypress.render.charts.ChartGeometry.LegendEntry;
import org.strategypress.render.charts.ChartGeometry.Point;
import org.strategypress.render.charts.ChartGeometry.Series;
import org.strategypress.render.charts.ChartGeometry.TimeAxis;
import org.strategypress.render.charts.ChartGeometry.ValueAxis;
import org.strategypress.render.view.ShownNumbers;
import org.strategypress.render.view.Views.ActualView;
import org.strategypress.render.view.Views.KpiView;
import org.strategypress.render.view.Views.MeasureView;
import org.strategypress.render.view.Views.MetaView;
import org.strategypress.render.view.Views.PillarView;

/**
 * The KPI trajectories of one pillar as geometry: the planned line from the baseline through the targets, and the
 * actuals reported on or before the reporting date as a second series. Time runs as in the monitoring package: a
 * year {@code Y} is the middle of its column, a month {@code Y-M} lies {@code (M-1)/12} of a column later, so an
 * actual of March 2024 sits a little right of a 2024 target. The value scale of each KPI covers its planned values and
 * its actuals alike.
 */
final class KpiCharts {

    /** Legend entries: the series names the template draws and the message keys of their labels. */
    static final String BASELINE = "baseline", TARGET = "target", ACTUAL = "actual", ACTUAL_ILLUSTRATIVE = "actual-illustrative",
            AS_OF = "as-of";

    private KpiCharts() {
    }

    /** The chart of one pillar's KPIs; {@code asOf} ({@code YYYY} or {@code YYYY-MM}) may be null. */
    static KpiChart of(MetaView meta, String asOf, PillarView p, String pillarClass, ShownNumbers numbers) {
        int y0 = meta.years().isEmpty() ? Integer.MAX_VALUE : meta.from();
        int y1 = meta.years().isEmpty() ? Integer.MIN_VALUE : meta.to();
        for (KpiView k : p.kpis()) {
            for (MeasureView m : planned(k)) {
                y0 = Math.min(y0, m.year());
                y1 = Math.max(y1, m.year());
            }
            for (ActualView a : actuals(k, asOf)) {
                y0 = Math.min(y0, year(a.year()));
                y1 = Math.max(y1, year(a.year()));
            }
        }
        TimeAxis axis = Charts.yearAxis(y0, y1, Charts.KPI_W, Charts.KPI_YEAR_LABELS);
        boolean targets = false, actuals = false, illustrative = false;
        List<KpiTrajectory> rows = new ArrayList<>();
        for (KpiView k : p.kpis()) {
            KpiTrajectory row = row(k, asOf, y0, axis.years().size(), numbers);
            targets |= row.series().stream().anyMatch(s -> s.name().equals(TARGET));
            actuals |= !row.actuals().isEmpty();
            illustrative |= row.actuals().stream().anyMatch(Point::illustrative);
            rows.add(row);
        }
        Double asOfX = asOf == null || !actuals ? null : inside(x(time(asOf), y0, axis.years().size()));
        List<LegendEntry> legend = new ArrayList<>();
        legend.add(new LegendEntry(BASELINE, "chart.kpiBaseline"));
        if (targets) legend.add(new LegendEntry(TARGET, "chart.kpiTarget"));
        if (actuals) legend.add(new LegendEntry(ACTUAL, "chart.kpiActual"));
        if (illustrative) legend.add(new LegendEntry(ACTUAL_ILLUSTRATIVE, "chart.kpiActualIllustrative"));
        if (asOfX != null) legend.add(new LegendEntry(AS_OF, "chart.kpiAsOf"));
        return new KpiChart("fig-kpi-" + p.id(), Charts.link(p), pillarClass, Charts.KPI_W, Charts.KPI_H, axis, legend, rows,
                actuals ? asOf : null, asOfX);
    }

    /** One KPI: its value scale over planned values and actuals, its series, the planned line and the actual line. */
    private static KpiTrajectory row(KpiView k, String asOf, int y0, int years, ShownNumbers numbers) {
        List<MeasureView> plan = planned(k);
        List<ActualView> measured = actuals(k, asOf);
        List<BigDecimal> values = new ArrayList<>(plan.stream().map(m -> new BigDecimal(m.value())).toList());
        measured.forEach(a -> values.add(new BigDecimal(a.value())));
        ValueAxis scale = Charts.valueAxis(values, Charts.KPI_H, Charts.KPI_PAD, numbers);
        double lo = Double.parseDouble(scale.min()), hi = Double.parseDouble(scale.max());
        List<Point> placed = new ArrayList<>();
        for (MeasureView m : plan)
            placed.add(new Point(Integer.toString(m.year()), m.shown(), m.illustrative(), Charts.r(x(m.year(), y0, years)),
                    y(m.value(), lo, hi)));
        List<Point> acts = new ArrayList<>();
        for (ActualView a : measured)
            acts.add(new Point(a.year(), a.shown(), a.illustrative(), Charts.r(inside(x(time(a.year()), y0, years))),
                    y(a.value(), lo, hi)));
        List<Series> series = new ArrayList<>();
        series.add(new Series(BASELINE, "chart.kpiBaseline", placed.subList(0, 1)));
        if (placed.size() > 1) series.add(new Series(TARGET, "chart.kpiTarget", placed.subList(1, placed.size())));
        if (!acts.isEmpty()) series.add(new Series(ACTUAL, "chart.kpiActual", acts));
        String planText = plan.stream().map(m -> m.shown() + " (" + m.year() + ")").collect(Collectors.joining(" to "));
        String alt = k.id() + " planned from " + planText + " " + k.unit()
                + (acts.isEmpty() ? "" : "; actual " + acts.stream().map(a -> a.value() + " (" + a.when() + ")"
                        + (a.illustrative() ? " illustrative" : "")).collect(Collectors.joining(", "))
                        + (asOf == null ? "" : ", as of " + asOf));
        return new KpiTrajectory(k.id(), k.title(), k.href(), k.illustrative(), k.unit(), scale, series, placed, acts, alt);
    }

    private static List<MeasureView> planned(KpiView k) {
        List<MeasureView> pts = new ArrayList<>();
        pts.add(k.baseline());
        pts.addAll(k.targets());
        return pts;
    }

    /** The actuals dated on or before {@code asOf} (all of them without one), in time order. */
    static List<ActualView> actuals(KpiView k, String asOf) {
        return k.actuals().stream().filter(a -> asOf == null || firstMonth(a.year()) <= lastMonth(asOf))
                .sorted(Comparator.comparingInt((ActualView a) -> firstMonth(a.year()))).toList();
    }

    /** Where a time (in years, see {@link #time}) falls on an axis of {@code years} columns from {@code y0}. */
    static double x(double time, int y0, int years) {
        return (time - y0 + 0.5) * Charts.KPI_W / years;
    }

    private static double inside(double x) {
        return Charts.r(Math.max(0, Math.min(Charts.KPI_W, x)));
    }

    private static double y(String value, double lo, double hi) {
        double v = new BigDecimal(value).doubleValue();
        return Charts.r(Charts.KPI_PAD + (Charts.KPI_H - 2 * Charts.KPI_PAD) * (hi - v) / (hi - lo));
    }

    /** {@code YYYY} as the year, {@code YYYY-MM} as the year plus (M-1)/12. */
    static double time(String when) {
        String[] parts = when.split("-");
        return Integer.parseInt(parts[0]) + (parts.length > 1 ? (Integer.parseInt(parts[1]) - 1) / 12.0 : 0);
    }

    private static int year(String when) {
        return Integer.parseInt(when.split("-")[0]);
    }

    private static int firstMonth(String when) {
        String[] parts = when.split("-");
        return Integer.parseInt(parts[0]) * 12 + (parts.length > 1 ? Integer.parseInt(parts[1]) : 1) - 1;
    }

    private static int lastMonth(String when) {
        String[] parts = when.split("-");
        return Integer.parseInt(parts[0]) * 12 + (parts.length > 1 ? Integer.parseInt(parts[1]) : 12) - 1;
    }
}
