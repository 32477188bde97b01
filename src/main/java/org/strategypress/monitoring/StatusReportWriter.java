package org.strategypress.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.strategypress.model.Kpi;
import org.strategypress.model.Measure;
import org.strategypress.model.When;
import org.strategypress.monitoring.StatusReport.Group;
import org.strategypress.monitoring.StatusReport.MilestoneLine;
import org.strategypress.monitoring.StatusReport.Line;
import org.strategypress.report.Json;

/** {@code press status} as text (a terminal), Markdown (a progress report or a pull request) or JSON (docs/exports.md). */
public final class StatusReportWriter {

    /** The version of the JSON layout. */
    public static final int SCHEMA_VERSION = 1;

    private StatusReportWriter() {
    }

    /** Plain text. */
    public static String text(StatusReport r) {
        StringBuilder b = new StringBuilder();
        b.append("Monitoring report: ").append(r.title()).append(", as of ").append(r.asOf()).append('\n');
        b.append("KPIs: ").append(summary(r)).append(" (off track: more than ").append(r.tolerancePercent())
                .append(" % of the distance behind the line from baseline to the next target)\n");
        for (String st : StatusReport.statusOrder()) {
            List<Line> these = r.kpis().stream().filter(l -> l.status().equals(st)).toList();
            if (these.isEmpty()) continue;
            b.append('\n').append(cap(StatusReport.label(st))).append(" (").append(these.size()).append(")\n");
            for (Line l : these) b.append("  ").append(l.kpi().id()).append("  ").append(title(l, r.language())).append(detail(l)).append('\n');
        }
        b.append("\nMilestones: ").append(milestoneCounts(r)).append("\nLate or at risk (").append(r.milestones().size())
                .append(")\n");
        for (MilestoneLine m : r.milestones())
            b.append("  ").append(m.id()).append("  ").append(milestone(m, r.asOf())).append('\n');
        groups(b, "By pillar", r.pillars());
        groups(b, "By national target", r.nationalTargets());
        return b.toString();
    }

    /** Markdown: headings, a table of KPIs by status, lists by pillar and national target. */
    public static String markdown(StatusReport r) {
        StringBuilder b = new StringBuilder();
        b.append("# Monitoring report as of ").append(r.asOf()).append("\n\n").append(r.title()).append(". KPIs: ")
                .append(summary(r)).append(". Off track: more than ").append(r.tolerancePercent())
                .append(" % of the distance behind the line from baseline to the next target.\n\n## KPIs\n\n")
                .append("| KPI | Status | Latest actual | Expected | Next target | To go |\n|---|---|---|---|---|---|\n");
        for (String st : StatusReport.statusOrder())
            for (Line l : r.kpis()) {
                if (!l.status().equals(st)) continue;
                b.append("| ").append(l.kpi().id()).append(' ').append(cell(title(l, r.language()))).append(" | ").append(StatusReport.label(st));
                KpiProgress p = l.progress().orElse(null);
                if (p == null) b.append(" | | | | |\n");
                else if (p.nextTarget() == null) b.append(" | ").append(p.latest().shown()).append(" (").append(p.latest().year()).append(") | | | |\n");
                else b.append(" | ").append(p.latest().shown()).append(" (").append(p.latest().year()).append(") | ")
                        .append(plain(p.expected())).append(" | ").append(measure(p.nextTarget())).append(" | ")
                        .append(plain(p.remaining())).append(" |\n");
            }
        b.append("\n## Milestones late or at risk\n\n").append(cap(milestoneCounts(r))).append(".\n\n");
        if (r.milestones().isEmpty()) b.append("None.\n");
        for (MilestoneLine m : r.milestones())
            b.append("- ").append(m.id()).append(' ').append(cell(milestone(m, r.asOf()))).append('\n');
        b.append("\n## By pillar\n\n");
        for (Group g : r.pillars()) b.append("- ").append(g.id()).append(' ').append(cell(g.title())).append(": ").append(counts(g)).append('\n');
        b.append("\n## By national target\n\n");
        for (Group g : r.nationalTargets()) b.append("- ").append(g.id()).append(' ').append(cell(g.title())).append(": ").append(counts(g)).append('\n');
        return b.toString();
    }

    /** JSON, as docs/exports.md describes it. */
    public static String json(StatusReport r) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("title", r.title());
        root.put("as_of", r.asOf().toString());
        root.put("tolerance_percent", r.tolerancePercent());
        ObjectNode summary = root.putObject("summary");
        r.summary().forEach((k, v) -> summary.put(k.replace('-', '_'), v));
        ArrayNode kpisNode = root.putArray("kpis");
        for (Line l : r.kpis()) kpi(kpisNode.addObject(), l, r.language());
        ObjectNode counts = root.putObject("milestone_summary");
        r.milestoneCounts().forEach((k, v) -> counts.put(k.replace('-', '_'), v));
        ArrayNode ms = root.putArray("milestones");
        for (MilestoneLine m : r.milestones()) {
            ObjectNode o = ms.addObject();
            o.put("id", m.id());
            o.put("title", m.title());
            o.put("initiative", m.initiative());
            o.put("due", m.due().toString());
            o.put("state", m.state());
            o.put("state_from", m.inferred() ? "due-date" : "status");
            o.put("note", m.note());
        }
        groups(root.putArray("pillars"), r.pillars());
        groups(root.putArray("national_targets"), r.nationalTargets());
        return Json.text(root);
    }

    private static void kpi(ObjectNode o, Line l, String lang) {
        Kpi k = l.kpi();
        o.put("id", k.id());
        o.put("title", title(l, lang));
        o.put("status", l.status());
        o.put("level", k.levelOrDefault());
        o.put("unit", k.unit().in(lang));
        o.put("direction", k.direction());
        l.pillars().forEach(o.putArray("pillars")::add);
        k.contributesTo().forEach(t -> o.withArray("national_targets").add(t.id()));
        if (k.contributesTo().isEmpty()) o.putArray("national_targets");
        value(o, "baseline", k.baseline());
        value(o, "final_target", k.finalTarget());
        KpiProgress p = l.progress().orElse(null);
        if (p == null) {
            o.putNull("latest");
            o.putNull("next_target");
            o.putNull("expected");
            o.putNull("shortfall");
            o.putNull("remaining");
            return;
        }
        ObjectNode latest = o.putObject("latest");
        latest.put("year", p.latest().year().toString());
        latest.put("value", p.latest().value());
        if (p.latest().source() == null) latest.putNull("source");
        else latest.put("source", p.latest().source().in(lang));
        value(o, "next_target", p.nextTarget());
        o.put("expected", p.expected());
        o.put("shortfall", p.shortfall());
        o.put("remaining", p.remaining());
    }

    private static void value(ObjectNode o, String name, Measure m) {
        if (m == null) {
            o.putNull(name);
            return;
        }
        ObjectNode v = o.putObject(name);
        v.put("year", m.year());
        v.put("value", m.value());
    }

    private static void groups(ArrayNode out, List<Group> gs) {
        for (Group g : gs) {
            ObjectNode o = out.addObject();
            o.put("id", g.id());
            o.put("title", g.title());
            g.kpis().forEach(o.putArray("kpis")::add);
            if (g.kpis().isEmpty()) o.putArray("kpis");
            ObjectNode c = o.putObject("counts");
            for (String st : StatusReport.statusOrder()) c.put(st.replace('-', '_'), g.counts().getOrDefault(st, 0));
        }
    }

    private static void groups(StringBuilder b, String heading, List<Group> gs) {
        b.append('\n').append(heading).append('\n');
        for (Group g : gs) b.append("  ").append(g.id()).append("  ").append(g.title()).append(": ").append(counts(g)).append('\n');
    }

    private static String detail(Line l) {
        KpiProgress p = l.progress().orElse(null);
        if (p == null) return "";
        String latest = ": latest " + p.latest().shown() + " (" + p.latest().year() + ")";
        if (p.nextTarget() == null) return latest + ", baseline " + measure(l.kpi().baseline());
        String behind = p.shortfall().signum() > 0 ? ", " + plain(p.shortfall()) + " behind" : "";
        return latest + ", expected " + plain(p.expected()) + " on the line to " + measure(p.nextTarget()) + behind
                + "; " + plain(p.remaining()) + " to go";
    }

    /** "Title (INI-X, due 2026-06): late, no status given and due before 2026-11; note". */
    private static String milestone(MilestoneLine m, When asOf) {
        return m.title() + " (" + m.initiative() + ", due " + m.due() + "): " + StatusReport.label(m.state())
                + (m.inferred() ? ", no status given and due before " + asOf : "") + (m.note() == null ? "" : "; " + m.note());
    }

    private static String milestoneCounts(StatusReport r) {
        return r.milestoneCounts().entrySet().stream().map(e -> e.getValue() + " " + StatusReport.label(e.getKey()))
                .collect(Collectors.joining(", "));
    }

    private static String summary(StatusReport r) {
        return r.summary().entrySet().stream().map(e -> e.getValue() + " " + StatusReport.label(e.getKey()))
                .collect(Collectors.joining(", "));
    }

    private static String counts(Group g) {
        if (g.kpis().isEmpty()) return "no KPI";
        return StatusReport.statusOrder().stream().filter(g.counts()::containsKey)
                .map(st -> g.counts().get(st) + " " + StatusReport.label(st)).collect(Collectors.joining(", "))
                + " (" + String.join(", ", g.kpis()) + ")";
    }

    private static String title(Line l, String lang) {
        return l.kpi().title().in(lang);
    }

    private static String measure(Measure m) {
        return m.shown() + " (" + m.year() + ")";
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

}
