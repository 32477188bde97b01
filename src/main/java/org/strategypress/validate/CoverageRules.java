package org.strategypress.validate;

import org.strategypress.model.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.strategypress.model.Assessment;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Pillar;
import org.strategypress.model.Ref;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Stakeholder;
import org.strategypress.model.Strategy;
import org.strategypress.model.StrategyMeta.RuleSetting;
import org.strategypress.model.Vision;

/** pillar-incomplete, too-few-benchmarks and unused-stakeholder. */
final class CoverageRules implements ValidationRule {

    static final int DEFAULT_MIN_BENCHMARKS = 4;

    @Override
    public void check(Strategy s, ValidationContext ctx, List<Diagnostic> out) {
        for (Pillar p : s.pillars()) {
            List<Assessment> as = s.assessments().stream().filter(a -> a.pillar().id().equals(p.id())).toList();
            List<Vision> vs = s.visions().stream().filter(v -> v.pillar().id().equals(p.id())).toList();
            if (as.size() != 1)
                out.add(Rule.PILLAR_INCOMPLETE.at(as.size() > 1 ? as.get(1).at() : p.at(), "pillar " + p.id()
                        + " has " + as.size() + " assessments; it needs exactly one"
                        + (as.size() > 1 ? " (first at " + as.get(0).at() + ")" : "")));
            if (vs.size() != 1)
                out.add(Rule.PILLAR_INCOMPLETE.at(vs.size() > 1 ? vs.get(1).at() : p.at(), "pillar " + p.id()
                        + " has " + vs.size() + " visions; it needs exactly one"
                        + (vs.size() > 1 ? " (first at " + vs.get(0).at() + ")" : "")));
        }
        RuleSetting setting = s.meta().rules().get("min_benchmarks");
        int min = setting == null || setting.number() == null ? DEFAULT_MIN_BENCHMARKS : setting.number();
        if (s.benchmarks().size() < min) {
            SourcePosition at = s.benchmarks().isEmpty() ? s.meta().at() : s.benchmarks().get(s.benchmarks().size() - 1).at();
            out.add(Rule.TOO_FEW_BENCHMARKS.at(at, "the strategy has " + s.benchmarks().size()
                    + " benchmark" + (s.benchmarks().size() == 1 ? "" : "s") + "; at least " + min
                    + " are required (rules.min_benchmarks)"));
        }
        Set<String> used = new HashSet<>();
        Stream.of(s.initiatives().stream().flatMap(i -> Stream.concat(Stream.of(i.owner()), i.partners().stream())),
                        s.kpis().stream().map(k -> k.owner()),
                        s.assessments().stream().flatMap(a -> a.stakeholders().stream()))
                .flatMap(x -> x).map(Ref::id).forEach(used::add);
        for (Stakeholder st : s.stakeholders())
            if (!used.contains(st.id()))
                out.add(Rule.UNUSED_STAKEHOLDER.at(st.at(), "stakeholder " + st.id() + " (" + st.name()
                        + ") is not an owner, partner or consulted stakeholder anywhere"));
    }
}
