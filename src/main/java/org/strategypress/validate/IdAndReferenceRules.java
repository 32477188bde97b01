package org.strategypress.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.strategypress.model.Artifact;
import org.strategypress.model.Assessment;
import org.strategypress.model.Benchmark;
import org.strategypress.model.DeclaredId;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Gap;
import org.strategypress.model.Initiative;
import org.strategypress.model.Kpi;
import org.strategypress.model.NationalTarget;
import org.strategypress.model.Names;
import org.strategypress.model.Objective;
import org.strategypress.model.Ref;
import org.strategypress.model.Risk;
import org.strategypress.model.Strategy;
import org.strategypress.model.Vision;

/** duplicate-id and dangling-ref: every id declared once, every reference to an id of the right kind. */
final class IdAndReferenceRules implements ValidationRule {

    @Override
    public void check(Strategy s, ValidationContext ctx, List<Diagnostic> out) {
        Map<String, DeclaredId> first = new HashMap<>();
        for (DeclaredId d : s.declaredIds()) {
            DeclaredId earlier = first.putIfAbsent(d.id(), d);
            if (earlier != null)
                out.add(Diagnostic.error("duplicate-id", d.at(), "id '" + d.id() + "' is declared twice: first at "
                        + earlier.at() + " (" + earlier.kind() + "), again here (" + d.kind() + ")"));
        }
        for (NationalTarget t : s.nationalTargets()) ref(t.priority(), "priorities", "priority", ctx, out);
        for (Assessment a : s.assessments()) {
            ref(a.pillar(), "pillars", "pillar", ctx, out);
            refs(a.stakeholders(), "stakeholders", "stakeholders", ctx, out);
        }
        for (Benchmark b : s.benchmarks()) refs(b.pillars(), "pillars", "pillars", ctx, out);
        for (Vision v : s.visions()) ref(v.pillar(), "pillars", "pillar", ctx, out);
        for (Gap g : s.gaps()) ref(g.pillar(), "pillars", "pillar", ctx, out);
        for (Objective o : s.objectives()) {
            ref(o.pillar(), "pillars", "pillar", ctx, out);
            refs(o.contributesTo(), "national_targets", "contributes_to", ctx, out);
        }
        for (Initiative i : s.initiatives()) {
            ref(i.pillar(), "pillars", "pillar", ctx, out);
            refs(i.addresses(), "gaps", "addresses", ctx, out);
            ref(i.owner(), "stakeholders", "owner", ctx, out);
            refs(i.partners(), "stakeholders", "partners", ctx, out);
            refs(i.objectives(), "objectives", "objectives", ctx, out);
        }
        for (Kpi k : s.kpis()) {
            refs(k.measures(), "initiatives", "measures", ctx, out);
            refs(k.contributesTo(), "national_targets", "contributes_to", ctx, out);
            ref(k.owner(), "stakeholders", "owner", ctx, out);
        }
        for (Artifact a : s.artifacts()) refs(a.supports(), "initiatives", "supports", ctx, out);
        for (Risk r : s.risks()) refs(r.mitigatedBy(), "initiatives", "mitigated_by", ctx, out);
    }

    private static void refs(List<Ref> refs, String kind, String field, ValidationContext ctx, List<Diagnostic> out) {
        for (Ref r : refs) ref(r, kind, field, ctx, out);
    }

    /** Reports a reference to an unknown id or to an id of another kind. */
    static void ref(Ref r, String kind, String field, ValidationContext ctx, List<Diagnostic> out) {
        if (r == null) return;
        DeclaredId d = ctx.declared(r.id());
        if (d == null) {
            out.add(Diagnostic.error("dangling-ref", r.at(), "'" + field + "' refers to '" + r.id() + "', which is not the id of any of the "
                    + kind + Names.didYouMean(r.id(), ctx.idsOf(kind))));
        } else if (!d.kind().equals(kind)) {
            out.add(Diagnostic.error("dangling-ref", r.at(), "'" + field + "' takes " + kind + ", but '" + r.id()
                    + "' is one of the " + d.kind() + " (" + d.at() + ")"
                    + Names.didYouMean(r.id(), ctx.idsOf(kind))));
        }
    }
}
