package org.strategypress.render.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Entities;
import org.strategypress.render.view.DocumentView;
import org.strategypress.render.view.DocumentView.ChainKpi;
import org.strategypress.render.view.DocumentView.ChainStep;
import org.strategypress.render.view.DocumentView.ChainView;
import org.strategypress.render.view.Views.LinkView;
import org.strategypress.render.view.Views.AssessmentView;
import org.strategypress.render.view.Views.InitiativeView;
import org.strategypress.render.view.Views.KpiView;
import org.strategypress.render.view.Views.MeasureView;
import org.strategypress.render.view.Views.MetaView;
import org.strategypress.render.view.Views.MilestoneView;
import org.strategypress.render.view.Views.PillarView;

/**
 * Charts made from the data, the same in the site and the PDF. Geometry is inline SVG (vector, grey
 * tones that survive grayscale printing); every label and value is HTML text beside it, so a reader can
 * search the PDF for it. Each chart is a {@code <figure>} with a caption and an SVG {@code aria-label}.
 */
public final class Charts {

    private Charts() {
    }

    /** All charts of a document, keyed as the block templates look them up. */
    public static Map<String, String> all(DocumentView doc) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("maturity", maturity(doc.assessments()));
        out.put("roadmap", roadmap(doc.meta(), doc.pillars(), ""));
        out.put("financing", RoadmapCharts.financing(doc.roadmap()));
        for (PillarView p : doc.pillars()) {
            out.put("roadmap-" + p.id(), roadmap(doc.meta(), List.of(p), p.id()));
            if (!p.kpis().isEmpty()) out.put("kpi-" + p.id(), kpis(doc.meta(), p));
            List<ChainView> chains = doc.chains().stream().filter(c -> c.pillar().id().equals(p.id())).toList();
            if (!chains.isEmpty()) out.put("chain-" + p.id(), chain(p, chains));
        }
        return out;
    }

    /** The results chain of one pillar as a diagram: each gap, the initiatives addressing it, their KPIs and targets. */
    static String chain(PillarView p, List<ChainView> chains) {
        StringBuilder b = new StringBuilder("<figure class=\"chart chain-diagram\" id=\"fig-chain-" + p.id() + "\">\n");
        b.append("<div class=\"chain-head\"><span class=\"c-gap\">Gap</span><span class=\"c-arrow\"></span>")
                .append("<span class=\"c-ini\">Initiative</span><span class=\"c-arrow\"></span><span class=\"c-kpi\">KPIs</span>")
                .append("<span class=\"c-arrow\"></span><span class=\"c-target\">National targets</span></div>\n");
        for (ChainView c : chains) {
            b.append("<div class=\"chain-row\"><div class=\"c-gap\">").append(node("gap", c.gap())).append("</div>");
            b.append("<div class=\"c-arrow\">").append(arrow(c.gap().id() + " is addressed by")).append("</div><div class=\"c-rest\">");
            if (c.initiatives().isEmpty()) b.append("<div class=\"chain-sub\"><span class=\"node missing\">no initiative</span></div>");
            for (ChainStep step : c.initiatives()) {
                b.append("<div class=\"chain-sub\"><div class=\"c-ini\">").append(node("ini", step.initiative())).append("</div>");
                b.append("<div class=\"c-arrow\">").append(arrow(step.initiative().id() + " is measured by")).append("</div><div class=\"c-kpi\">");
                java.util.Set<String> targets = new java.util.LinkedHashSet<>();
                java.util.Map<String, LinkView> targetLinks = new java.util.LinkedHashMap<>();
                for (ChainKpi k : step.kpis()) {
                    b.append(node("kpi", k.kpi()));
                    for (LinkView t : k.targets()) if (targets.add(t.id())) targetLinks.put(t.id(), t);
                }
                b.append("</div><div class=\"c-arrow\">").append(arrow("which contribute to")).append("</div><div class=\"c-target\">");
                for (LinkView t : targetLinks.values()) b.append(node("target", t));
                b.append("</div></div>");
            }
            b.append("</div></div>\n");
        }
        b.append("<figcaption>Results chain of ").append(esc(p.title()))
                .append(": gap, initiatives addressing it, KPIs measuring them, national targets they serve</figcaption>\n</figure>\n");
        return b.toString();
    }

    private static String node(String kind, LinkView l) {
        String inner = "<span class=\"id\">" + esc(l.id()) + "</span> " + esc(l.title());
        return "<div class=\"node node-" + kind + "\">" + (l.href() == null ? inner
                : "<a href=\"" + esc(l.href()) + "\" title=\"" + esc(l.id() + " " + l.title()) + "\">" + inner + "</a>") + "</div>";
    }

    private static String arrow(String label) {
        return svg(16, 10, label, "<line x1=\"0\" y1=\"5\" x2=\"11\" y2=\"5\" stroke=\"#333333\" stroke-width=\"1.5\"/>"
                + "<polygon points=\"10,1 16,5 10,9\" fill=\"#333333\"/>");
    }

    static String maturity(List<AssessmentView> as) {
        StringBuilder b = new StringBuilder("<figure class=\"chart bar-chart\" id=\"fig-maturity\">\n");
        for (AssessmentView a : as) {
            double w = Math.max(0, Math.min(5, a.maturityValue())) / 5.0 * 300;
            b.append("<div class=\"chart-row\"><span class=\"chart-label\">").append(esc(a.pillar().title()))
                    .append("</span><span class=\"chart-geom\">")
                    .append(svg(300, 14, "Maturity of " + a.pillar().title() + ": " + a.maturity() + " of 5",
                            "<rect x=\"0\" y=\"2\" width=\"300\" height=\"10\" fill=\"#e6e6e6\"/>"
                                    + "<rect x=\"0\" y=\"2\" width=\"" + fmt(w) + "\" height=\"10\" fill=\"#3a3a3a\"/>"
                                    + ticks(300, 14, 5)))
                    .append("</span><span class=\"chart-value\">").append(esc(a.maturity())).append("</span></div>\n");
        }
        b.append("<figcaption>Digital maturity by pillar, on a scale of 1.0 to 5.0</figcaption>\n</figure>\n");
        return b.toString();
    }

    static String roadmap(MetaView meta, List<PillarView> pillars, String pillarId) {
        if (meta.years().isEmpty()) return "";
        int first = meta.from();
        int months = meta.years().size() * 12;
        double unit = 360.0 / months;
        StringBuilder b = new StringBuilder("<figure class=\"chart gantt\" id=\"fig-roadmap" + (pillarId.isEmpty() ? "" : "-" + pillarId) + "\">\n");
        b.append("<div class=\"chart-row chart-axis\"><span class=\"chart-label\"></span><span class=\"chart-geom years\">");
        for (int y : meta.years())
            b.append("<span class=\"year\" style=\"width:").append(fmt(100.0 / meta.years().size())).append("%\">").append(y).append("</span>");
        b.append("</span><span class=\"chart-value\"></span></div>\n");
        for (PillarView p : pillars) {
            if (p.initiatives().isEmpty()) continue;
            if (pillars.size() > 1) b.append("<div class=\"chart-group\">").append(esc(p.title())).append("</div>\n");
            for (InitiativeView i : p.initiatives()) {
                int s = monthIndex(i.start(), first, false);
                int e = monthIndex(i.end(), first, true);
                StringBuilder g = new StringBuilder();
                for (int y = 1; y < meta.years().size(); y++)
                    g.append("<line x1=\"").append(fmt(y * 12 * unit)).append("\" y1=\"0\" x2=\"").append(fmt(y * 12 * unit))
                            .append("\" y2=\"16\" stroke=\"#bbbbbb\" stroke-width=\"0.5\"/>");
                g.append("<rect x=\"").append(fmt(clamp(s, months) * unit)).append("\" y=\"4\" width=\"")
                        .append(fmt(Math.max(1, clamp(e, months) - clamp(s, months) + 1) * unit))
                        .append("\" height=\"8\" fill=\"#5a5a5a\"/>");
                StringBuilder alt = new StringBuilder(i.id() + " runs " + i.start() + " to " + i.end());
                for (MilestoneView m : i.milestones()) {
                    double x = (clamp(monthIndex(m.due(), first, true), months) + 0.5) * unit;
                    g.append("<polygon points=\"").append(fmt(x)).append(",1 ").append(fmt(x + 4)).append(",8 ")
                            .append(fmt(x)).append(",15 ").append(fmt(x - 4)).append(",8\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1\"/>");
                    alt.append("; milestone ").append(m.id()).append(" due ").append(m.due());
                }
                b.append("<div class=\"chart-row\"><span class=\"chart-label\"><span class=\"id\">").append(esc(i.id()))
                        .append("</span> ").append(esc(i.title())).append("</span><span class=\"chart-geom\">")
                        .append(svg(360, 16, alt.toString(), g.toString())).append("</span><span class=\"chart-value\">")
                        .append(esc(i.start())).append("–").append(esc(i.end())).append("</span></div>\n");
            }
        }
        b.append("<figcaption>Roadmap").append(pillarId.isEmpty() ? "" : " of " + esc(pillars.get(0).title()))
                .append(": initiatives over the horizon ").append(meta.from()).append("–").append(meta.to())
                .append("; bars show each initiative's span, diamonds its milestones</figcaption>\n</figure>\n");
        return b.toString();
    }

    static String kpis(MetaView meta, PillarView p) {
        StringBuilder b = new StringBuilder("<figure class=\"chart kpi-chart\" id=\"fig-kpi-" + p.id() + "\">\n");
        for (KpiView k : p.kpis()) {
            List<MeasureView> pts = new ArrayList<>();
            pts.add(k.baseline());
            pts.addAll(k.targets());
            int y0 = Math.min(k.baseline().year(), meta.years().isEmpty() ? k.baseline().year() : meta.from());
            int y1 = Math.max(pts.stream().mapToInt(MeasureView::year).max().orElse(y0), meta.years().isEmpty() ? y0 : meta.to());
            double lo = pts.stream().mapToDouble(m -> new BigDecimal(m.value()).doubleValue()).min().orElse(0);
            double hi = pts.stream().mapToDouble(m -> new BigDecimal(m.value()).doubleValue()).max().orElse(1);
            if (hi == lo) {
                hi = hi + 1;
                lo = lo - 1;
            }
            double w = 200;
            double h = 30;
            StringBuilder g = new StringBuilder("<rect x=\"0\" y=\"0\" width=\"200\" height=\"30\" fill=\"#f2f2f2\"/>");
            StringBuilder line = new StringBuilder();
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < pts.size(); i++) {
                MeasureView m = pts.get(i);
                double x = 6 + (w - 12) * (y1 == y0 ? 0.5 : (m.year() - y0) / (double) (y1 - y0));
                double y = h - 5 - (h - 10) * ((new BigDecimal(m.value()).doubleValue() - lo) / (hi - lo));
                line.append(i == 0 ? "" : " ").append(fmt(x)).append(",").append(fmt(y));
                g.append(i == 0 ? "<rect x=\"" + fmt(x - 3) + "\" y=\"" + fmt(y - 3) + "\" width=\"6\" height=\"6\" fill=\"#ffffff\" stroke=\"#000000\"/>"
                        : "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"2.5\" fill=\"#000000\"/>");
                values.append(i == 0 ? "" : " › ").append(esc(m.value())).append(" (").append(m.year()).append(")");
            }
            g.insert(g.indexOf("/>") + 2, "<polyline points=\"" + line + "\" fill=\"none\" stroke=\"#555555\" stroke-width=\"1.2\" stroke-dasharray=\"3,2\"/>");
            b.append("<div class=\"chart-row\"><span class=\"chart-label\"><span class=\"id\">").append(esc(k.id()))
                    .append("</span> ").append(esc(k.title())).append(k.illustrative() ? " <span class=\"mark-illustrative\">illustrative</span>" : "")
                    .append("</span><span class=\"chart-geom\">")
                    .append(svg(200, 30, k.id() + " from " + values.toString().replace(" › ", " to ") + " " + k.unit(), g.toString()))
                    .append("</span><span class=\"chart-value\">").append(values).append(" ").append(esc(k.unit())).append("</span></div>\n");
        }
        b.append("<figcaption>KPI baselines and targets: ").append(esc(p.title()))
                .append(" (square: baseline; dots: targets)</figcaption>\n</figure>\n");
        return b.toString();
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

    private static String ticks(int w, int h, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < n; i++)
            b.append("<line x1=\"").append(fmt(w * i / (double) n)).append("\" y1=\"0\" x2=\"").append(fmt(w * i / (double) n))
                    .append("\" y2=\"").append(h).append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
        return b.toString();
    }

    private static String svg(int w, int h, String label, String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" + esc(label) + "\" viewBox=\"0 0 " + w + " " + h
                + "\" width=\"" + w + "\" height=\"" + h + "\" preserveAspectRatio=\"none\">" + body + "</svg>";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }
}
