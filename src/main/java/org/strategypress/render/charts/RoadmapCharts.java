package org.strategypress.render.charts;

import java.util.Locale;

import org.strategypress.render.view.RoadmapViews.FinancingRow;
import org.strategypress.render.view.RoadmapViews.RoadmapView;

/**
 * The financing chart: per pillar, a bar as long as its cost, stacked by funding status (committed, expected,
 * sought) and the part no funding line covers (the gap, hatched). Grey tones and a hatch survive grayscale print;
 * every figure is text beside the bar.
 */
final class RoadmapCharts {

    private static final int W = 300;

    private RoadmapCharts() {
    }

    static String financing(RoadmapView r) {
        if (r == null || r.financing().isEmpty()) return "";
        double max = 0;
        for (FinancingRow f : r.financing())
            max = Math.max(max, Math.max(f.costValue(), f.committedValue() + f.expectedValue() + f.soughtValue()));
        if (max <= 0) return "";
        String unit = r.currency().isEmpty() ? "" : " " + r.currency();
        StringBuilder b = new StringBuilder("<figure class=\"chart financing-chart\" id=\"fig-financing\">\n");
        b.append("<div class=\"chart-legend\">")
                .append(legend("committed", "committed"))
                .append(legend("expected", "expected"))
                .append(legend("sought", "sought"))
                .append(legend("gap", "gap (no funding line, hatched)")).append("</div>\n");
        for (FinancingRow f : r.financing()) {
            double scale = W / max;
            StringBuilder g = new StringBuilder();
            double x = 0;
            x = seg(g, x, f.committedValue() * scale, "#3a3a3a");
            x = seg(g, x, f.expectedValue() * scale, "#8a8a8a");
            x = seg(g, x, f.soughtValue() * scale, "#cfcfcf");
            if (f.gapValue() > 0) gap(g, x, f.gapValue() * scale);
            g.append("<line x1=\"").append(fmt(f.costValue() * scale)).append("\" y1=\"0\" x2=\"").append(fmt(f.costValue() * scale))
                    .append("\" y2=\"16\" stroke=\"#000000\" stroke-width=\"1\"/>");
            String values = "cost " + f.cost() + ": committed " + f.committed() + ", expected " + f.expected()
                    + ", sought " + f.sought() + ", gap " + f.gap();
            b.append("<div class=\"chart-row\"><span class=\"chart-label\"><a href=\"").append(esc(f.pillar().href()))
                    .append("\">").append(esc(f.pillar().title())).append("</a></span><span class=\"chart-geom\">")
                    .append(svg(W, 16, f.pillar().title() + ": " + values, g.toString()))
                    .append("</span><span class=\"chart-value\">").append(esc(values)).append("</span></div>\n");
        }
        FinancingRow t = r.financingTotal();
        b.append("<p class=\"chart-total\">All pillars: cost ").append(esc(t.cost() + unit)).append("; committed ")
                .append(esc(t.committed())).append(", expected ").append(esc(t.expected())).append(", sought ")
                .append(esc(t.sought())).append(", funding gap ").append(esc(t.gap() + unit))
                .append(t.illustrative() ? " <span class=\"mark-illustrative\">illustrative</span>" : "").append("</p>\n");
        b.append("<figcaption>Financing by pillar").append(esc(unit.isEmpty() ? "" : " (" + unit.trim() + ")"))
                .append(": funding committed, expected and sought, and the gap no funding line covers; the vertical line marks the cost")
                .append("</figcaption>\n</figure>\n");
        return b.toString();
    }

    private static double seg(StringBuilder g, double x, double w, String fill) {
        if (w <= 0) return x;
        g.append("<rect x=\"").append(fmt(x)).append("\" y=\"2\" width=\"").append(fmt(w)).append("\" height=\"12\" fill=\"")
                .append(fill).append("\" stroke=\"#ffffff\" stroke-width=\"0.5\"/>");
        return x + w;
    }

    private static String legend(String key, String label) {
        return "<span class=\"legend-item\"><span class=\"swatch swatch-" + key + "\"></span> " + label + "</span>";
    }

    /** The gap: an outlined box hatched with diagonal strokes (drawn, not a pattern, so each SVG stands alone). */
    private static void gap(StringBuilder g, double x, double w) {
        g.append("<rect x=\"").append(fmt(x)).append("\" y=\"2\" width=\"").append(fmt(w))
                .append("\" height=\"12\" fill=\"#ffffff\" stroke=\"#333333\" stroke-width=\"0.75\"/>");
        for (double k = x + 1; k + 4 <= x + w; k += 4)
            g.append("<line x1=\"").append(fmt(k)).append("\" y1=\"13\" x2=\"").append(fmt(k + 4))
                    .append("\" y2=\"3\" stroke=\"#555555\" stroke-width=\"0.8\"/>");
    }

    private static String svg(int w, int h, String label, String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" + esc(label) + "\" viewBox=\"0 0 " + w + " " + h
                + "\" width=\"" + w + "\" height=\"" + h + "\" preserveAspectRatio=\"none\">" + body + "</svg>";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String esc(String s) {
        return s == null ? "" : org.jsoup.nodes.Entities.escape(s);
    }
}
