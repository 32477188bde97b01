package org.strategypress.render.charts;

import java.util.List;

import org.strategypress.render.view.Views.LinkView;

/**
 * What a chart is, as numbers: scales, ticks and positions, computed once from the data by {@link Charts}.
 * templates/shared/charts.ftlh draws them (SVG for the geometry, HTML text for every word and number, so the
 * PDF stays searchable); templates/print/blocks.css and templates/site/site.css colour them. Nothing here
 * names a colour, a font or a size on the page.
 *
 * <p>Units: {@code x}, {@code y}, {@code width}, {@code height} and {@code length} are user units of the
 * chart's SVG {@code viewBox} (origin top left); fields ending in {@code Pct} are the same positions as a
 * percentage of the plot's width (horizontal) or height (vertical), for placing HTML labels over or beside the
 * geometry. {@code pillarClass} is {@code pillar-1} to {@code pillar-9}: the pillar's position in the
 * document, the same in every chart (a tenth pillar takes {@code pillar-1} again).
 */
public final class ChartGeometry {

    private ChartGeometry() {
    }

    /** A labelled point of a value scale: its position along the axis and its label. */
    public record Tick(String label, double at, double pct) {
    }

    /**
     * One year of a time axis: the column from {@code x} to {@code x + width}, its middle, and the same as
     * percentages; {@code labelled} when its label is shown (on a long axis every second or third year, counted
     * back from the last, so that labels never run into each other).
     */
    public record YearBand(int year, double x, double width, double centre, double leftPct, double widthPct,
                           boolean labelled) {
    }

    /** A time axis: each year of the chart once, in its own column, first to last. */
    public record TimeAxis(List<YearBand> years) {
        public TimeAxis {
            years = List.copyOf(years);
        }

        /** The years whose label is shown, each once, in order. */
        public List<YearBand> labels() {
            return years.stream().filter(YearBand::labelled).toList();
        }

        /** Where one year's column ends and the next begins (for grid lines). */
        public List<Double> boundaries() {
            return years.stream().skip(1).map(YearBand::x).toList();
        }
    }

    /** A value scale with "nice" ticks (1, 2 or 5 times a power of ten) that cover the values plotted. */
    public record ValueAxis(String min, String max, List<Tick> ticks) {
        public ValueAxis {
            ticks = List.copyOf(ticks);
        }
    }

    /**
     * One entry of a legend: the series (also the CSS class that draws its marker) and the message key of what it
     * means (templates/i18n; the template passes it to {@code msg}).
     */
    public record LegendEntry(String series, String label) {
    }

    /** The maturity bars: one per assessed pillar, on a scale of 0 to 5. */
    public record MaturityChart(String id, double width, double height, List<Tick> scale, List<MaturityBar> bars) {
        public MaturityChart {
            scale = List.copyOf(scale);
            bars = List.copyOf(bars);
        }
    }

    /** One pillar's bar: its length in user units and its score as written. */
    public record MaturityBar(LinkView pillar, String pillarClass, String value, double length, String alt) {
    }

    /**
     * A roadmap (Gantt chart) of initiatives over the horizon: {@code grouped} when it shows several pillars,
     * each as a group with its title; {@code pillar} is the one pillar of an ungrouped roadmap, else null.
     */
    public record Roadmap(String id, LinkView pillar, int from, int to, double width, double height, TimeAxis axis,
                          boolean grouped, List<RoadmapGroup> groups, List<LegendEntry> legend) {
        public Roadmap {
            groups = List.copyOf(groups);
            legend = List.copyOf(legend);
        }
    }

    /** The initiatives of one pillar in a roadmap. */
    public record RoadmapGroup(LinkView pillar, String pillarClass, List<RoadmapBar> bars) {
        public RoadmapGroup {
            bars = List.copyOf(bars);
        }
    }

    /** One initiative's bar, from {@code x} for {@code length}, with its milestones; {@code period} as written. */
    public record RoadmapBar(String id, String title, String href, String period, double x, double length,
                             List<Marker> milestones, String alt) {
        public RoadmapBar {
            milestones = List.copyOf(milestones);
        }
    }

    /** A milestone on a bar: its centre. */
    public record Marker(String id, String due, double x, double y) {
    }

    /**
     * KPI trajectories of one pillar: a shared time axis (each year once), and per KPI its own value scale,
     * its series (baseline, targets, actuals) and the planned line joining baseline and targets in time order.
     * {@code asOf} is the reporting date when some KPI has actuals (else null), {@code asOfX} where it falls on the
     * time axis (null when no KPI has actuals).
     */
    public record KpiChart(String id, LinkView pillar, String pillarClass, double width, double height, TimeAxis axis,
                           List<LegendEntry> legend, List<KpiTrajectory> rows, String asOf, Double asOfX) {
        public KpiChart {
            legend = List.copyOf(legend);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One KPI: its scale, its series, the planned trajectory (baseline, then targets) and the actuals reported on or
     * before the reporting date, in time order.
     */
    public record KpiTrajectory(String id, String title, String href, boolean illustrative, String unit, ValueAxis scale,
                                List<Series> series, List<Point> trajectory, List<Point> actuals, String alt) {
        public KpiTrajectory {
            series = List.copyOf(series);
            trajectory = List.copyOf(trajectory);
            actuals = List.copyOf(actuals);
        }
    }

    /** A named set of points (the CSS class of its markers is its name); {@code label} is a message key. */
    public record Series(String name, String label, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /** A value at a time ({@code YYYY} or {@code YYYY-MM}), placed: {@code value} as written, with its own mark. */
    public record Point(String when, String value, boolean illustrative, double x, double y) {
    }

    /** The results chain of one pillar as a diagram: each gap, the initiatives addressing it, their KPIs and targets. */
    public record ChainDiagram(String id, LinkView pillar, String pillarClass, List<ChainRow> rows) {
        public ChainDiagram {
            rows = List.copyOf(rows);
        }
    }

    /** One gap and the initiatives addressing it (none: a gap left open). */
    public record ChainRow(LinkView gap, List<ChainLink> initiatives) {
        public ChainRow {
            initiatives = List.copyOf(initiatives);
        }
    }

    /** One initiative, the KPIs measuring it and the national targets those serve (each once). */
    public record ChainLink(LinkView initiative, List<LinkView> kpis, List<LinkView> targets) {
        public ChainLink {
            kpis = List.copyOf(kpis);
            targets = List.copyOf(targets);
        }
    }
}
