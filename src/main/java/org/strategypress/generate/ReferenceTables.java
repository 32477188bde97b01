package org.strategypress.generate;

import java.util.Map;

/** strategy.yaml, pillars.yaml and the reference folder: priorities, national targets, stakeholders. */
final class ReferenceTables {

    private static final String[] STAKEHOLDER_TYPES = {"ministry", "agency", "regulator", "central-bank",
            "state-company", "private", "international", "other"};
    private static final String[] TARGET_UNITS = {"% of population", "% of services", "index points",
            "thousands of users", "days"};

    private final Plan plan;
    private final Prose prose;

    ReferenceTables(Plan plan, Prose prose) {
        this.plan = plan;
        this.prose = prose;
    }

    void write(Map<String, String> files) {
        files.put("strategy.yaml", strategy());
        files.put("pillars.yaml", pillars());
        files.put("reference/priorities.yaml", priorities());
        files.put("reference/national-targets.yaml", targets());
        files.put("reference/stakeholders.yaml", stakeholders());
    }

    private String strategy() {
        return new YamlOut().comment(SyntheticStrategy.MARKER.substring(2) + plan.scale + ", written by `press generate`; every figure is illustrative.")
                + "title:\n  en: " + YamlOut.quote("Synthetic Digital Strategy x" + plan.scale) + "\n"
                + "  az: " + YamlOut.quote("Sintetik Rəqəmsal İnkişaf Strategiyası x" + plan.scale + " (sınaq üçün)") + "\n"
                + "subtitle:\n  en: \"Generated test content: as-is, benchmarking, vision and roadmap, 2026-2030\"\n"
                + "  az: \"Sınaq məzmunu: mövcud vəziyyət, benchmarking, hədəf baxış və yol xəritəsi, 2026-2030\"  # machine translation\n"
                + "country: {en: Synthland, az: Sintlandiya}\n"
                + "# the source language first; the rest of the texts are left to translate (listed as notes)\n"
                + "languages: [en, az]\n"
                + "status: draft\n"
                + "horizon:\n  from: 2026\n  to: 2030\n"
                + "prepared_by:\n  - Synthetic Strategy Office\n  - press generate\n"
                + "rules:\n  min_benchmarks: 4\n  priority-rank: off\n  translation-missing: info\n"
                + "currency: {code: USD, scale: million}\n"
                + "as_of: \"2027-06\"\n"
                + "prioritisation:\n  criteria:\n"
                + "    - {id: impact, title: Impact, weight: 40, axis: y}\n"
                + "    - {id: feasibility, title: Feasibility, weight: 35, axis: x}\n"
                + "    - {id: readiness, title: Readiness, weight: 25, axis: x}\n";
    }

    private String pillars() {
        YamlOut y = new YamlOut().kind("pillars");
        for (int i = 0; i < plan.pillars.size(); i++) {
            String id = plan.pillars.get(i);
            y.item(0, "id", id)
                    .raw(0, "title", "{en: " + YamlOut.quote("Synthetic pillar " + (i + 1)) + ", az: "
                            + YamlOut.quote(Prose.AZ_PHRASES.get(i % Prose.AZ_PHRASES.size()) + " " + (i + 1)) + "}")
                    .prose(0, "summary", prose.paragraph(3, plan.gaps.get(id)));
        }
        return y.toString();
    }

    private String priorities() {
        YamlOut y = new YamlOut().kind("priorities");
        for (int i = 0; i < plan.priorities.size(); i++)
            y.item(0, "id", plan.priorities.get(i)).text(0, "title", "Synthetic national priority " + (i + 1) + ": "
                    + prose.phrase(3) + " (" + prose.azPhrase() + ")");
        return y.toString();
    }

    private String targets() {
        YamlOut y = new YamlOut().kind("national_targets");
        for (int i = 0; i < plan.targets.size(); i++) {
            double base = prose.decimal(10, 60);
            double target = prose.decimal(base + 5, base + 35);
            y.item(0, "id", plan.targets.get(i))
                    .raw(0, "priority", plan.priorityOf(i))
                    .text(0, "title", "Synthetic national target " + (i + 1) + ": " + prose.phrase(3))
                    .text(0, "indicator", prose.phrase(4))
                    .text(0, "unit", TARGET_UNITS[i % TARGET_UNITS.length])
                    .raw(0, "baseline", YamlOut.measure(base, 2024))
                    .raw(0, "target", YamlOut.measure(target, 2030))
                    .text(0, "source", "Synthetic figure generated for testing")
                    .raw(0, "illustrative", "true");
        }
        return y.toString();
    }

    private String stakeholders() {
        YamlOut y = new YamlOut().kind("stakeholders");
        for (int i = 0; i < plan.stakeholders.size(); i++) {
            String id = plan.stakeholders.get(i);
            y.item(0, "id", id)
                    .text(0, "name", "Synthetic " + prose.word() + " body " + (i + 1) + " (" + prose.azPhrase() + " agentliyi)")
                    .text(0, "short", id)
                    .raw(0, "type", STAKEHOLDER_TYPES[i % STAKEHOLDER_TYPES.length])
                    .text(0, "role", prose.sentence(null));
        }
        return y.toString();
    }
}
