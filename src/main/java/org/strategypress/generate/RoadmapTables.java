package org.strategypress.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Module 4: initiatives and KPIs per pillar, principles, artifacts and risks. */
final class RoadmapTables {

    private static final String[] LEVELS = {"high", "medium", "low"};
    private static final String[] ARTIFACT_KINDS = {"tool", "template", "playbook", "guideline"};
    private static final String[] KPI_UNITS = {"% of population", "% of services", "number of services", "days",
            "index points"};
    static final int FROM = 2026;
    static final int TO = 2030;

    private final Plan plan;
    private final Prose prose;
    private int milestones;

    RoadmapTables(Plan plan, Prose prose) {
        this.plan = plan;
        this.prose = prose;
    }

    /** Writes the files; returns the number of milestones written. */
    int write(Map<String, String> files) {
        for (String p : plan.pillars) files.put("module4/initiatives/" + plan.fileOf(p) + ".yaml", initiatives(p));
        for (String p : plan.pillars) files.put("module4/kpis/" + plan.fileOf(p) + ".yaml", kpis(p));
        files.put("module4/principles.yaml", principles());
        files.put("module4/artifacts.yaml", artifacts());
        files.put("module4/risks.yaml", risks());
        return milestones;
    }

    private String initiatives(String pillar) {
        YamlOut y = new YamlOut().kind("initiatives");
        for (Plan.PlannedInitiative i : plan.initiativesOf(pillar)) {
            int startYear = prose.between(FROM, TO - 2);
            int endYear = prose.between(startYear + 1, TO);
            boolean years = prose.chance(25);
            int start = startYear * 12 + (years ? 0 : prose.nextInt(12));
            int end = endYear * 12 + (years ? 11 : prose.nextInt(12));
            y.item(0, "id", i.id())
                    .text(0, "title", "Synthetic initiative " + (i.index() + 1) + ": " + prose.phrase(3))
                    .raw(0, "pillar", pillar)
                    .raw(0, "addresses", YamlOut.ids(i.gaps()))
                    .raw(0, "owner", i.owner())
                    .raw(0, "partners", YamlOut.ids(partners(i.owner())))
                    .raw(0, "objectives", YamlOut.ids(plan.objectivesOf(pillar)))
                    .raw(0, "horizon", endYear - startYear <= 1 ? "short" : endYear - startYear <= 2 ? "medium" : "long")
                    .raw(0, "start", years ? Integer.toString(startYear) : month(start))
                    .raw(0, "end", years ? Integer.toString(endYear) : month(end))
                    .raw(0, "priority", LEVELS[prose.nextInt(LEVELS.length)])
                    .raw(0, "scores", "{impact: " + prose.between(1, 5) + ", feasibility: " + prose.between(1, 5)
                            + ", readiness: " + prose.between(1, 5) + "}")
                    .raw(0, "consulted", YamlOut.ids(partners(i.owner())))
                    .raw(0, "cost", costs(startYear, endYear))
                    .raw(0, "funding", funding(i.owner()))
                    .raw(0, "illustrative", "true")
                    .open(0, "milestones");
            int count = prose.between(2, 3);
            for (int m = 1; m <= count; m++) {
                int due = start + (end - start) * m / (count + 1);
                y.item(1, "id", i.id() + "-M" + m)
                        .text(1, "title", prose.phrase(5))
                        .raw(1, "due", month(due));
                if (due < AS_OF) y.raw(1, "status", "done").raw(1, "done", month(due));
                else y.raw(1, "status", due < AS_OF + 6 && prose.chance(30) ? "at-risk" : "on-track");
            }
            milestones += count;
            y.prose(0, "description", prose.paragraph(3, i.gaps()));
        }
        return y.toString();
    }

    /** The reporting date of the generated milestone statuses (as_of in strategy.yaml), as a month index. */
    static final int AS_OF = 2027 * 12 + 5;
    private int costTotal;

    /** One cost line per year of the span; remembers the total for {@link #funding}. */
    private String costs(int from, int to) {
        StringBuilder b = new StringBuilder("[");
        costTotal = 0;
        for (int year = from; year <= to; year++) {
            int amount = prose.between(1, 9);
            costTotal += amount;
            b.append(year == from ? "" : ", ").append("{year: ").append(year).append(", amount: ").append(amount).append('}');
        }
        return b.append(']').toString();
    }

    /** Two thirds committed by the owner, the rest sought: never above the cost, never a funding gap. */
    private String funding(String owner) {
        int sought = costTotal / 3;
        return "[{source: " + owner + ", amount: " + (costTotal - sought) + ", status: committed}"
                + (sought > 0 ? ", {source: " + owner + ", amount: " + sought + ", status: sought}" : "") + "]";
    }

    private List<String> partners(String owner) {
        List<String> out = new ArrayList<>();
        int count = prose.between(1, 3);
        for (int k = 0; k < count; k++) {
            String s = prose.pick(plan.stakeholders);
            if (!s.equals(owner) && !out.contains(s)) out.add(s);
        }
        return out;
    }

    private String kpis(String pillar) {
        YamlOut y = new YamlOut().kind("kpis");
        for (Plan.PlannedKpi k : plan.kpisOf(pillar)) {
            int roll = prose.nextInt(10);
            String direction = roll < 7 ? "increase" : roll < 9 ? "decrease" : "maintain";
            double base = prose.decimal(20, 60);
            double mid = step(direction, base);
            double last = step(direction, mid);
            y.item(0, "id", k.id())
                    .text(0, "title", "Synthetic KPI " + (k.index() + 1) + ": " + prose.phrase(4))
                    .raw(0, "measures", YamlOut.ids(List.of(k.initiative())))
                    .raw(0, "contributes_to", YamlOut.ids(k.targets()))
                    .text(0, "unit", KPI_UNITS[k.index() % KPI_UNITS.length])
                    .raw(0, "direction", direction)
                    .raw(0, "baseline", YamlOut.measure(base, 2025))
                    .flows(0, "targets", List.of("{year: 2027, value: " + Prose.number(mid) + "}",
                            "{year: 2030, value: " + Prose.number(last) + "}"))
                    .raw(0, "owner", prose.pick(plan.stakeholders))
                    .text(0, "source", "Synthetic measurement; baseline and targets illustrative")
                    .raw(0, "frequency", prose.chance(50) ? "annual" : "quarterly")
                    .raw(0, "illustrative", "true");
            // half the KPIs report a measured value since the baseline, on the line to the first target (on track)
            if (prose.chance(50)) y.flows(0, "actuals", List.of("{year: 2026, value: " + Prose.number(Math.round((base + mid) * 50) / 100.0)
                    + ", source: Synthetic measurement, illustrative: true}"));
        }
        return y.toString();
    }

    /** The next value in the KPI's direction: strictly up, strictly down, or the same. */
    private double step(String direction, double from) {
        return switch (direction) {
            case "increase" -> Math.round((from + prose.decimal(2, 15)) * 10) / 10.0;
            case "decrease" -> Math.round((from - prose.decimal(1, from / 4)) * 10) / 10.0;
            default -> from;
        };
    }

    private String principles() {
        YamlOut y = new YamlOut().kind("principles");
        for (int i = 0; i < plan.principles.size(); i++)
            y.item(0, "id", plan.principles.get(i))
                    .text(0, "title", "Synthetic principle " + (i + 1) + ": " + prose.phrase(3))
                    .prose(0, "text", prose.paragraph(3, plan.pillars));
        return y.toString();
    }

    private String artifacts() {
        YamlOut y = new YamlOut().kind("artifacts");
        for (int i = 0; i < plan.artifacts.size(); i++)
            y.item(0, "id", plan.artifacts.get(i))
                    .raw(0, "kind", ARTIFACT_KINDS[i % ARTIFACT_KINDS.length])
                    .text(0, "title", "Synthetic artifact " + (i + 1) + ": " + prose.phrase(3))
                    .raw(0, "supports", YamlOut.ids(List.of(plan.initiatives.get(i * 4 % plan.initiatives.size()).id(),
                            plan.initiatives.get((i * 4 + 1) % plan.initiatives.size()).id())));
        return y.toString();
    }

    private String risks() {
        YamlOut y = new YamlOut().kind("risks");
        for (int i = 0; i < plan.risks.size(); i++)
            y.item(0, "id", plan.risks.get(i))
                    .text(0, "title", "Synthetic risk " + (i + 1) + ": " + prose.phrase(4))
                    .raw(0, "likelihood", LEVELS[prose.nextInt(LEVELS.length)])
                    .raw(0, "impact", LEVELS[prose.nextInt(LEVELS.length)])
                    .raw(0, "mitigated_by", YamlOut.ids(List.of(prose.pick(plan.initiatives).id())));
        return y.toString();
    }

    /** A month index (year * 12 + month - 1) as a quoted {@code "YYYY-MM"}. */
    static String month(int index) {
        return String.format("\"%d-%02d\"", index / 12, index % 12 + 1);
    }
}
