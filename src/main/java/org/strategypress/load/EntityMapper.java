package org.strategypress.load;

import java.util.List;

import org.strategypress.model.Artifact;
import org.strategypress.model.Assessment;
import org.strategypress.model.Benchmark;
import org.strategypress.model.Entity;
import org.strategypress.model.Gap;
import org.strategypress.model.Initiative;
import org.strategypress.model.Kpi;
import org.strategypress.model.Measure;
import org.strategypress.model.NationalTarget;
import org.strategypress.model.Objective;
import org.strategypress.model.Pillar;
import org.strategypress.model.Principle;
import org.strategypress.model.Priority;
import org.strategypress.model.Risk;
import org.strategypress.model.Stakeholder;
import org.strategypress.model.Text;
import org.strategypress.model.Trend;
import org.strategypress.model.Vision;

/** Turns a checked, complete mapping into the model record of its kind. */
final class EntityMapper {

    private EntityMapper() {
    }

    static Entity map(String kind, Checked c) {
        return switch (kind) {
            case "stakeholders" -> new Stakeholder(c.string("id"), c.text("name"), c.text("short"), c.string("type"),
                    c.text("role"), c.at());
            case "pillars" -> new Pillar(c.string("id"), c.text("title"), c.text("summary"), c.at());
            case "priorities" -> new Priority(c.string("id"), c.text("title"), c.at());
            case "national_targets" -> new NationalTarget(c.string("id"), c.ref("priority"), c.text("title"),
                    c.text("indicator"), c.text("unit"), c.measure("baseline"), c.measure("target"), c.text("source"),
                    c.bool("illustrative"), c.text("unverified"), c.at());
            case "assessments" -> assessment(c);
            case "trends" -> new Trend(c.string("id"), c.text("title"), c.text("summary"), c.texts("sources"), c.at());
            case "benchmarks" -> new Benchmark(c.string("id"), c.text("country"), c.text("title"), c.text("summary"),
                    c.texts("practices"), c.texts("lessons"), c.refs("pillars"),
                    c.objects("metrics").stream().map(EntityMapper::metric).toList(), c.texts("sources"), c.at());
            case "visions" -> new Vision(c.ref("pillar"), c.text("statement"), c.texts("outcomes"), c.at());
            case "gaps" -> new Gap(c.string("id"), c.ref("pillar"), c.text("title"), c.text("as_is"), c.text("to_be"),
                    c.string("severity"), c.at());
            case "objectives" -> new Objective(c.string("id"), c.text("title"), c.ref("pillar"), c.refs("contributes_to"),
                    c.at());
            case "initiatives" -> new Initiative(c.string("id"), c.text("title"), c.ref("pillar"), c.refs("addresses"),
                    c.ref("owner"), c.refs("partners"), c.refs("objectives"), c.string("horizon"), c.when("start"),
                    c.when("end"), c.string("priority"),
                    c.objects("milestones").stream().map(m -> new Initiative.Milestone(m.string("id"), m.text("title"),
                            m.when("due"), m.at())).toList(),
                    c.text("description"), c.at());
            case "kpis" -> new Kpi(c.string("id"), c.text("title"), c.refs("measures"), c.refs("contributes_to"),
                    c.text("unit"), c.string("direction"), c.measure("baseline"), targets(c), c.ref("owner"),
                    c.text("source"), c.text("frequency"), c.bool("illustrative"), c.text("unverified"), c.at());
            case "principles" -> new Principle(c.string("id"), c.text("title"), c.text("text"), c.at());
            case "artifacts" -> new Artifact(c.string("id"), c.string("kind"), c.text("title"), c.refs("supports"), c.at());
            case "risks" -> new Risk(c.string("id"), c.text("title"), c.string("likelihood"), c.string("impact"),
                    c.refs("mitigated_by"), c.at());
            default -> throw new IllegalArgumentException("no mapping for kind " + kind);
        };
    }

    private static Assessment assessment(Checked c) {
        Checked env = c.object("enabling_environment");
        Text none = null;
        return new Assessment(c.ref("pillar"), c.number("maturity"), c.text("maturity_basis"), c.text("summary"),
                c.texts("strengths"), c.texts("challenges"), c.texts("opportunities"),
                env == null ? none : env.text("institutional"), env == null ? none : env.text("legal"),
                env == null ? none : env.text("regulatory"), c.refs("stakeholders"), c.texts("assets"),
                c.text("data_governance"), c.at());
    }

    private static Benchmark.Metric metric(Checked m) {
        return new Benchmark.Metric(m.text("name"), m.text("unit"), m.number("value"), m.number("home_value"),
                m.year("year"), m.text("source"), m.bool("illustrative"), m.text("unverified"), m.at());
    }

    private static List<Measure> targets(Checked c) {
        return c.objects("targets").stream().map(t -> new Measure(t.number("value"), t.year("year"), t.at())).toList();
    }
}
