package org.strategypress.validate;

import org.strategypress.model.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.strategypress.model.Assessment;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Entity;
import org.strategypress.model.Pillar;
import org.strategypress.model.Ref;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Stakeholder;
import org.strategypress.model.Strategy;
import org.strategypress.values.Backlinks;
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
            incomplete(p, "assessments", as, s.assessments(), 1, out);
            incomplete(p, "visions", vs, s.visions(), 3, out);
        }
        RuleSetting setting = s.meta().rules().get("min_benchmarks");
        int min = setting == null || setting.number() == null ? DEFAULT_MIN_BENCHMARKS : setting.number();
        if (s.benchmarks().size() < min) {
            SourcePosition at = s.benchmarks().isEmpty() ? s.meta().at() : s.benchmarks().get(s.benchmarks().size() - 1).at();
            out.add(Rule.TOO_FEW_BENCHMARKS.at(at, "the strategy has " + s.benchmarks().size()
                    + " benchmark" + (s.benchmarks().size() == 1 ? "" : "s") + "; at least " + min
                    + " are required (rules.min_benchmarks)"));
        }
        Backlinks refs = new Backlinks(s);
        for (Stakeholder st : s.stakeholders())
            if (refs.of(st.id()).isEmpty())
                out.add(Rule.UNUSED_STAKEHOLDER.at(st.at(), "stakeholder " + st.id() + " (" + st.name()
                        + ") is referred to nowhere (not an owner, partner, member, funder or consulted stakeholder)").about(st.id()));
    }

    /**
     * pillar-incomplete for one of a pillar's per-pillar entities: a second one is reported where it is written, with
     * the first as a note; a missing one at the pillar, with a note saying where others of its kind are written.
     */
    private static void incomplete(Pillar p, String kind, List<? extends Entity> ofPillar, List<? extends Entity> all,
                                   int module, List<Diagnostic> out) {
        if (ofPillar.size() == 1) return;
        if (ofPillar.size() > 1) {
            out.add(Rule.PILLAR_INCOMPLETE.at(ofPillar.get(1).at(), "pillar " + p.id() + " has " + ofPillar.size() + " "
                    + kind + "; it needs exactly one").withNote("the first is here", ofPillar.get(0).at()).about(p.id()));
            return;
        }
        String singular = kind.substring(0, kind.length() - 1);
        Diagnostic d = Rule.PILLAR_INCOMPLETE.at(p.at(), "pillar " + p.id() + " has no " + singular + "; it needs exactly one: add '- pillar: "
                + p.id() + "' under '" + kind + ":'" + (all.isEmpty() ? " in any YAML file (module " + module + ")" : "")).about(p.id());
        out.add(all.isEmpty() ? d : d.withNote(kind + " are written here", all.get(0).at()));
    }
}
