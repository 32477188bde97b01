package org.strategypress.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Modules 1 to 3: an assessment file per pillar, trends and benchmarks, and per pillar a file holding its
 * vision, gaps and objectives (one file, several kinds, as writers who work pillar by pillar do).
 */
final class AnalysisTables {

    private static final String[] LEVELS = {"high", "medium", "low"};

    private final Plan plan;
    private final Prose prose;

    AnalysisTables(Plan plan, Prose prose) {
        this.plan = plan;
        this.prose = prose;
    }

    void write(Map<String, String> files) {
        for (String p : plan.pillars) files.put("module1/assessments/" + plan.fileOf(p) + ".yaml", assessment(p));
        files.put("module2/trends.yaml", trends());
        files.put("module2/benchmarks.yaml", benchmarks());
        for (String p : plan.pillars) files.put("module3/pillars/" + plan.fileOf(p) + ".yaml", pillarFile(p));
    }

    private String assessment(String pillar) {
        List<String> links = plan.linksOf(pillar);
        List<String> consulted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String s = prose.pick(plan.stakeholders);
            if (!consulted.contains(s)) consulted.add(s);
        }
        YamlOut y = new YamlOut().comment("Module 1: as-is assessment of " + pillar + " (synthetic).").kind("assessments");
        y.item(0, "pillar", pillar)
                .raw(0, "maturity", Prose.number(prose.decimal(1.0, 5.0)))
                .text(0, "maturity_basis", "Illustrative synthetic score on a 1-5 scale")
                .prose(0, "summary", prose.paragraph(5, links))
                .texts(0, "strengths", sentences(3))
                .texts(0, "challenges", sentences(3))
                .texts(0, "opportunities", sentences(2))
                .open(0, "enabling_environment")
                .prose(1, "institutional", prose.paragraph(2, consulted))
                .prose(1, "legal", prose.paragraph(2, List.of()))
                .prose(1, "regulatory", prose.paragraph(2, List.of()))
                .raw(0, "stakeholders", YamlOut.ids(consulted))
                .texts(0, "assets", sentences(2))
                .prose(0, "data_governance", prose.paragraph(2, links));
        return y.toString();
    }

    private String trends() {
        YamlOut y = new YamlOut().kind("trends");
        for (int i = 0; i < plan.trends.size(); i++)
            y.item(0, "id", plan.trends.get(i))
                    .text(0, "title", "Synthetic trend " + (i + 1) + ": " + prose.phrase(3))
                    .prose(0, "summary", prose.paragraph(4, plan.pillars))
                    .texts(0, "sources", List.of("Synthetic source " + (i + 1)));
        return y.toString();
    }

    private String benchmarks() {
        YamlOut y = new YamlOut().kind("benchmarks");
        for (int i = 0; i < plan.benchmarks.size(); i++) {
            List<String> pillars = plan.pillarsOfBenchmark(i);
            y.item(0, "id", plan.benchmarks.get(i))
                    .text(0, "country", "Synthland " + (char) ('A' + i % 26) + (i / 26 + 1))
                    .text(0, "title", "Synthetic benchmark " + (i + 1) + ": " + prose.phrase(3))
                    .prose(0, "summary", prose.paragraph(4, pillars))
                    .texts(0, "practices", sentences(3))
                    .texts(0, "lessons", sentences(2))
                    .raw(0, "pillars", YamlOut.ids(pillars))
                    .open(0, "metrics");
            for (int m = 0; m < 2; m++) {
                y.item(1, "name", YamlOut.quote(prose.phrase(3)))
                        .text(1, "unit", "% of population")
                        .raw(1, "value", Prose.number(prose.decimal(40, 95)))
                        .raw(1, "home_value", Prose.number(prose.decimal(20, 80)))
                        .raw(1, "year", Integer.toString(prose.between(2021, 2024)))
                        .text(1, "source", "Synthetic figure")
                        .raw(1, "illustrative", "true");
            }
        }
        return y.toString();
    }

    private String pillarFile(String pillar) {
        List<String> links = plan.linksOf(pillar);
        YamlOut y = new YamlOut().comment("Module 3: vision, gaps and objectives of " + pillar + " (synthetic).")
                .kind("visions");
        y.item(0, "pillar", pillar)
                .prose(0, "statement", prose.paragraph(3, links))
                .texts(0, "outcomes", sentences(3));
        y.blank().kind("gaps");
        List<String> gaps = plan.gaps.get(pillar);
        for (int k = 0; k < gaps.size(); k++)
            y.item(0, "id", gaps.get(k))
                    .raw(0, "pillar", pillar)
                    .text(0, "title", "Synthetic gap " + (k + 1) + " of " + pillar + ": " + prose.phrase(3))
                    .prose(0, "as_is", prose.paragraph(3, List.of(pillar)))
                    .prose(0, "to_be", prose.paragraph(3, List.of(pillar)))
                    .raw(0, "severity", LEVELS[prose.nextInt(LEVELS.length)]);
        y.blank().kind("objectives");
        for (String o : plan.objectivesOf(pillar)) {
            int index = plan.objectives.indexOf(o);
            y.item(0, "id", o)
                    .text(0, "title", "Synthetic objective " + (index + 1) + ": " + prose.phrase(4))
                    .raw(0, "pillar", pillar)
                    .raw(0, "contributes_to", YamlOut.ids(plan.targetsOfObjective(index)));
        }
        return y.toString();
    }

    private List<String> sentences(int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) out.add(prose.sentence(null));
        return out;
    }
}
