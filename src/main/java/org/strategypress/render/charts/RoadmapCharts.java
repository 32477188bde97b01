package org.strategypress.render.charts;

import static org.strategypress.render.charts.Charts.r;

import java.util.ArrayList;
import java.util.List;

import org.strategypress.render.charts.ChartGeometry.FinancingBar;
import org.strategypress.render.charts.ChartGeometry.FinancingChart;
import org.strategypress.render.charts.ChartGeometry.Segment;
import org.strategypress.render.view.RoadmapViews.FinancingRow;
import org.strategypress.render.view.RoadmapViews.RoadmapView;

/**
 * The financing chart's geometry: per pillar, a bar as long as its cost, stacked by funding status (committed,
 * expected, sought) and the part no funding line covers (the gap, drawn hatched by templates/shared/charts.ftlh).
 * The longest bar (cost or funding) fills the width.
 */
final class RoadmapCharts {

    static final int W = 300, H = 16;
    /** Distance between the gap's hatch strokes, and how far each leans, in user units. */
    static final int HATCH = 4;

    private RoadmapCharts() {
    }

    /** The chart, or null when no pillar has a cost or funding. */
    static FinancingChart financing(RoadmapView r) {
        if (r == null || r.financing().isEmpty()) return null;
        double max = 0;
        for (FinancingRow f : r.financing()) max = Math.max(max, Math.max(f.costValue(), funded(f)));
        if (max <= 0) return null;
        double scale = W / max;
        List<FinancingBar> bars = new ArrayList<>();
        for (FinancingRow f : r.financing()) bars.add(bar(f, scale));
        return new FinancingChart("fig-financing", W, H, r.currency(), bars, r.financingTotal());
    }

    private static double funded(FinancingRow f) {
        return f.committedValue() + f.expectedValue() + f.soughtValue();
    }

    private static FinancingBar bar(FinancingRow f, double scale) {
        List<Segment> segments = new ArrayList<>();
        double x = 0;
        x = segment(segments, "committed", x, f.committedValue() * scale);
        x = segment(segments, "expected", x, f.expectedValue() * scale);
        x = segment(segments, "sought", x, f.soughtValue() * scale);
        Segment gap = null;
        List<Double> hatch = new ArrayList<>();
        if (f.gapValue() > 0) {
            gap = new Segment("gap", r(x), r(f.gapValue() * scale));
            for (double k = x + 1; k + HATCH <= x + f.gapValue() * scale; k += HATCH) hatch.add(r(k));
        }
        String values = "cost " + f.cost() + ": committed " + f.committed() + ", expected " + f.expected()
                + ", sought " + f.sought() + ", gap " + f.gap();
        return new FinancingBar(f.pillar(), segments, gap, hatch, r(f.costValue() * scale), values,
                f.pillar().title() + ": " + values);
    }

    private static double segment(List<Segment> out, String key, double x, double w) {
        if (w <= 0) return x;
        out.add(new Segment(key, r(x), r(w)));
        return x + w;
    }
}
