package org.strategypress.monitoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.strategypress.model.Initiative;
import org.strategypress.model.Kpi;
import org.strategypress.model.NationalTarget;
import org.strategypress.model.Pillar;
import org.strategypress.model.Ref;
import org.strategypress.model.Strategy;
import org.strategypress.model.When;

/**
 * What {@code press status} reports, as data: every KPI with its progress (or none, without actuals), the milestones
 * late or at risk, how many milestones are in each state, and the KPIs grouped by pillar and by national target. A
 * milestone's state is its {@code status} as written; without one (or {@code planned}) it is {@code late} once its due
 * date is before the reporting date's month, else {@code planned}.
 */
public record StatusReport(String title, String language, When asOf, int tolerancePercent, List<Line> kpis,
                           List<MilestoneLine> milestones, Map<String, Integer> milestoneCounts,
                           List<Group> pillars, List<Group> nationalTargets) {

    /** Milestone states in report order, as the content model spells them. */
    public static final List<String> MILESTONE_STATES = List.of("done", "on-track", "at-risk", "late", "planned", "dropped");

    /** {@code no-actuals}: the word for a KPI without any actual on or before the reporting date. */
    public static final String NO_ACTUALS = "no-actuals";

    public StatusReport {
        kpis = List.copyOf(kpis);
        milestones = List.copyOf(milestones);
        milestoneCounts = Collections.unmodifiableMap(new LinkedHashMap<>(milestoneCounts));
        pillars = List.copyOf(pillars);
        nationalTargets = List.copyOf(nationalTargets);
    }

    /** One KPI: its pillars (through the initiatives it measures) and its progress, if it has actuals. */
    public record Line(Kpi kpi, List<String> pillars, Optional<KpiProgress> progress) {
        public Line {
            pillars = List.copyOf(pillars);
        }

        /** The status word: {@link Status#code()}, or {@link #NO_ACTUALS}. */
        public String status() {
            return progress.map(p -> p.status().code()).orElse(NO_ACTUALS);
        }
    }

    /**
     * A milestone late or at risk: {@code state} is {@code late} or {@code at-risk}; {@code inferred} when no status
     * says so and it is late because its due date is before the reporting date; {@code note} as written, or null.
     */
    public record MilestoneLine(String id, String title, String initiative, When due, String state, boolean inferred,
                                String note) {
    }

    /** The state of a milestone as of {@code asOf}: its status, or late when due before it without a status saying otherwise. */
    public static String state(Initiative.Milestone m, When asOf) {
        String st = m.status();
        if (st != null && !st.equals("planned")) return st;
        return m.due().lastMonthIndex() < asOf.firstMonthIndex() ? "late" : "planned";
    }

    /** The KPIs of one pillar or national target, with how many are in each status. */
    public record Group(String id, String title, List<String> kpis, Map<String, Integer> counts) {
        public Group {
            kpis = List.copyOf(kpis);
            counts = Map.copyOf(counts);
        }
    }

    /** The status words in report order, {@link #NO_ACTUALS} last. */
    public static List<String> statusOrder() {
        List<String> out = new ArrayList<>(List.of(Status.OFF_TRACK.code(), Status.BEHIND.code(), Status.ON_TRACK.code(),
                Status.NOT_MEASURED.code()));
        out.add(NO_ACTUALS);
        return out;
    }

    /** The report of {@code s} with {@code progress}'s reporting date and tolerance. */
    public static StatusReport of(Strategy s, Progress progress) {
        String lang = s.meta().language();
        Map<String, String> pillarOf = new LinkedHashMap<>();
        for (Initiative i : s.initiatives()) pillarOf.put(i.id(), i.pillar().id());
        List<Line> lines = new ArrayList<>();
        for (Kpi k : s.kpis()) {
            Set<String> ps = new LinkedHashSet<>();
            for (Ref r : k.measures()) if (pillarOf.containsKey(r.id())) ps.add(pillarOf.get(r.id()));
            lines.add(new Line(k, List.copyOf(ps), progress.of(k)));
        }
        List<MilestoneLine> late = new ArrayList<>();
        Map<String, Integer> states = new LinkedHashMap<>();
        MILESTONE_STATES.forEach(st -> states.put(st, 0));
        for (Initiative i : s.initiatives())
            for (Initiative.Milestone m : i.milestones()) {
                String st = state(m, progress.asOf());
                states.merge(st, 1, Integer::sum);
                if (st.equals("late") || st.equals("at-risk"))
                    late.add(new MilestoneLine(m.id(), m.title().in(lang), i.id(), m.due(), st, !st.equals(m.status()),
                            m.note() == null ? null : m.note().in(lang)));
            }
        List<Group> pillars = new ArrayList<>();
        for (Pillar p : s.pillars())
            pillars.add(group(p.id(), p.title().in(lang), lines.stream().filter(l -> l.pillars().contains(p.id())).toList()));
        List<Group> targets = new ArrayList<>();
        for (NationalTarget t : s.nationalTargets())
            targets.add(group(t.id(), t.title().in(lang), lines.stream()
                    .filter(l -> l.kpi().contributesTo().stream().anyMatch(r -> r.id().equals(t.id()))).toList()));
        return new StatusReport(s.meta().title().in(lang), lang, progress.asOf(), progress.tolerancePercent(), lines, late,
                states, pillars, targets);
    }

    private static Group group(String id, String title, List<Line> lines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Line l : lines) counts.merge(l.status(), 1, Integer::sum);
        return new Group(id, title, lines.stream().map(l -> l.kpi().id()).toList(), counts);
    }

    /** How many KPIs are in each status, every status word present. */
    public Map<String, Integer> summary() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String st : statusOrder()) out.put(st, 0);
        for (Line l : kpis) out.merge(l.status(), 1, Integer::sum);
        return out;
    }

    /** True when any KPI is off track. */
    public boolean anyOffTrack() {
        return kpis.stream().anyMatch(l -> l.progress().map(KpiProgress::offTrack).orElse(false));
    }

    /** How readers see a status word (a KPI's or a milestone's). */
    public static String label(String status) {
        if (NO_ACTUALS.equals(status)) return "no actuals";
        if (status.equals("at-risk")) return "at risk";
        for (Status st : Status.values()) if (st.code().equals(status)) return st.label();
        return status;
    }
}
