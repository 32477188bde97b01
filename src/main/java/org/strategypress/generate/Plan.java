package org.strategypress.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of a synthetic strategy and how they link, fixed by arithmetic alone so that every writer of a
 * file sees the same structure: per block of six pillars, 3 gaps per pillar, 20 initiatives (4, 4, 3, 3,
 * 3, 3 per pillar) that address every gap, 2 KPIs per initiative, each contributing to a national target,
 * with the targets and stakeholders used round-robin so that every one of them is served or used.
 */
final class Plan {

    static final int PILLARS = 6;
    static final int PRIORITIES = 5;
    static final int TARGETS = 12;
    static final int STAKEHOLDERS = 15;
    static final int TRENDS = 3;
    static final int BENCHMARKS = 5;
    static final int OBJECTIVES = 8;
    static final int PRINCIPLES = 6;
    static final int ARTIFACTS = 5;
    static final int RISKS = 6;
    static final int GAPS_PER_PILLAR = 3;
    static final int KPIS_PER_INITIATIVE = 2;
    private static final int[] INITIATIVES_PER_PILLAR = {4, 4, 3, 3, 3, 3};

    /** An initiative: its pillar, the gaps it addresses and its owner. */
    record PlannedInitiative(String id, String pillar, List<String> gaps, String owner, int index) {
    }

    /** A KPI: the initiative it measures and the national targets it serves. */
    record PlannedKpi(String id, String pillar, String initiative, List<String> targets, int index) {
    }

    final int scale;
    final List<String> pillars;
    final List<String> priorities;
    final List<String> targets;
    final List<String> stakeholders;
    final List<String> trends;
    final List<String> benchmarks;
    final List<String> objectives;
    final List<String> principles;
    final List<String> artifacts;
    final List<String> risks;
    final Map<String, List<String>> gaps = new LinkedHashMap<>();
    final List<PlannedInitiative> initiatives = new ArrayList<>();
    final List<PlannedKpi> kpis = new ArrayList<>();

    Plan(int scale) {
        this.scale = scale;
        pillars = ids("PIL", "", PILLARS * scale);
        priorities = ids("PRI", "", PRIORITIES * scale);
        targets = ids("NT", "-", TARGETS * scale);
        stakeholders = ids("SH", "", STAKEHOLDERS * scale);
        trends = ids("TR", "-", TRENDS * scale);
        benchmarks = ids("BM", "-", BENCHMARKS * scale);
        objectives = ids("OBJ", "-", OBJECTIVES * scale);
        principles = ids("PRIN", "-", PRINCIPLES * scale);
        artifacts = ids("ART", "-", ARTIFACTS * scale);
        risks = ids("RISK", "-", RISKS * scale);
        for (String p : pillars) gaps.put(p, ids("GAP-" + p, "-", GAPS_PER_PILLAR));
        for (int p = 0; p < pillars.size(); p++) planPillar(p);
    }

    private void planPillar(int p) {
        String pillar = pillars.get(p);
        int count = INITIATIVES_PER_PILLAR[p % PILLARS];
        List<String> pillarGaps = gaps.get(pillar);
        for (int k = 0; k < count; k++) {
            List<String> addressed = new ArrayList<>(List.of(pillarGaps.get(k % GAPS_PER_PILLAR)));
            if (k >= GAPS_PER_PILLAR) addressed.add(pillarGaps.get((k + 1) % GAPS_PER_PILLAR));
            int g = initiatives.size();
            String id = "INI-" + pillar + "-" + (k + 1);
            initiatives.add(new PlannedInitiative(id, pillar, addressed, stakeholders.get(g % stakeholders.size()), g));
            for (int m = 0; m < KPIS_PER_INITIATIVE; m++) {
                int j = kpis.size();
                List<String> served = new ArrayList<>(List.of(targets.get(j % targets.size())));
                if (j % 4 == 0) served.add(targets.get((j + 5) % targets.size()));
                kpis.add(new PlannedKpi("KPI-" + pillar + "-" + (k * KPIS_PER_INITIATIVE + m + 1), pillar, id, served, j));
            }
        }
    }

    /** The priority a national target serves. */
    String priorityOf(int target) {
        return priorities.get(target % priorities.size());
    }

    /** The pillar of an objective: every pillar gets one, the rest go round again. */
    String pillarOfObjective(int objective) {
        return pillars.get(objective % pillars.size());
    }

    List<String> objectivesOf(String pillar) {
        List<String> out = new ArrayList<>();
        for (int o = 0; o < objectives.size(); o++) if (pillarOfObjective(o).equals(pillar)) out.add(objectives.get(o));
        return out;
    }

    /** The national targets an objective contributes to. */
    List<String> targetsOfObjective(int objective) {
        int t = targets.size();
        return List.of(targets.get(3 * objective % t), targets.get((3 * objective + 1) % t));
    }

    /** The pillars a benchmark informs: two neighbours in its block of six. */
    List<String> pillarsOfBenchmark(int benchmark) {
        int base = benchmark / BENCHMARKS * PILLARS + benchmark % BENCHMARKS;
        return List.of(pillars.get(base), pillars.get(base + 1));
    }

    List<PlannedInitiative> initiativesOf(String pillar) {
        return initiatives.stream().filter(i -> i.pillar().equals(pillar)).toList();
    }

    List<PlannedKpi> kpisOf(String pillar) {
        return kpis.stream().filter(k -> k.pillar().equals(pillar)).toList();
    }

    /** Ids a text about this pillar may link to: the pillar, its gaps, initiatives, KPIs and their targets. */
    List<String> linksOf(String pillar) {
        List<String> out = new ArrayList<>(List.of(pillar));
        out.addAll(gaps.get(pillar));
        initiativesOf(pillar).forEach(i -> out.add(i.id()));
        kpisOf(pillar).forEach(k -> out.add(k.id()));
        kpisOf(pillar).forEach(k -> out.add(k.targets().get(0)));
        return out;
    }

    /** The file name stem of a pillar's files, zero-padded so that file order is pillar order. */
    String fileOf(String pillar) {
        int width = Math.max(2, Integer.toString(pillars.size()).length());
        return String.format("pil%0" + width + "d", pillars.indexOf(pillar) + 1);
    }

    private static List<String> ids(String prefix, String sep, int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) out.add(prefix + sep + i);
        return out;
    }
}
