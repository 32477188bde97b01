package org.strategypress.validate;

import org.strategypress.model.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.Gap;
import org.strategypress.model.Initiative;
import org.strategypress.model.Kpi;
import org.strategypress.model.NationalTarget;
import org.strategypress.model.Ref;
import org.strategypress.model.Strategy;

/**
 * The results chain: gap <- initiative (addresses) <- KPI (measures) -> national target (contributes_to).
 * gap-unaddressed, initiative-unmeasured, kpi-unaligned, target-uncovered.
 */
final class ChainRules implements ValidationRule {

    @Override
    public void check(Strategy s, ValidationContext ctx, List<Diagnostic> out) {
        Set<String> addressed = ids(s.initiatives().stream().flatMap(i -> i.addresses().stream()).toList());
        for (Gap g : s.gaps())
            if (!addressed.contains(g.id()))
                out.add(Rule.GAP_UNADDRESSED.at(g.at(), "gap " + g.id() + " (" + g.title()
                        + ") is addressed by no initiative: add it to an initiative's 'addresses'").about(g.id()));
        Set<String> measured = ids(s.kpis().stream().flatMap(k -> k.measures().stream()).toList());
        for (Initiative i : s.initiatives())
            if (!measured.contains(i.id()))
                out.add(Rule.INITIATIVE_UNMEASURED.at(i.at(), "initiative " + i.id() + " (" + i.title()
                        + ") is measured by no KPI: add it to a KPI's 'measures'").about(i.id()));
        for (Kpi k : s.kpis())
            if (k.contributesTo().isEmpty())
                out.add(Rule.KPI_UNALIGNED.at(s.fieldAt(k, "contributes_to"), "KPI " + k.id() + " (" + k.title()
                        + ") contributes to no national target: fill 'contributes_to'"));
        Set<String> served = ids(s.kpis().stream().flatMap(k -> k.contributesTo().stream()).toList());
        for (NationalTarget t : s.nationalTargets())
            if (!served.contains(t.id()))
                out.add(Rule.TARGET_UNCOVERED.at(t.at(), "national target " + t.id() + " (" + t.title()
                        + ") has no KPI contributing to it").about(t.id()));
    }

    private static Set<String> ids(List<Ref> refs) {
        Set<String> s = new HashSet<>();
        for (Ref r : refs) s.add(r.id());
        return s;
    }
}
