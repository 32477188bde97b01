package org.strategypress.render.view;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.strategypress.model.Initiative;
import org.strategypress.model.Kpi;
import org.strategypress.model.Ref;
import org.strategypress.model.Strategy;
import org.strategypress.values.Backlinks;

/**
 * Who points at whom, as the views need it: the project's one reverse index ({@code values.Backlinks}, also
 * used by the exports) read by relation and by the kind of the entity pointing.
 */
final class Relations {

    private final Backlinks all;
    private final Map<String, String> kindOf = new HashMap<>();
    private final Map<String, String> pillarOfInitiative = new HashMap<>();

    Relations(Strategy s) {
        all = new Backlinks(s);
        s.identified().forEach(e -> kindOf.putIfAbsent(e.id(), e.kind()));
        for (Initiative i : s.initiatives()) pillarOfInitiative.put(i.id(), i.pillar().id());
    }

    private List<String> get(String id, String relation, String kind) {
        return all.of(id).getOrDefault(relation, List.of()).stream().filter(x -> kind.equals(kindOf.get(x))).toList();
    }

    List<String> addressing(String gap) { return get(gap, "addressed_by", "initiatives"); }
    List<String> measuring(String initiative) { return get(initiative, "measured_by", "kpis"); }
    List<String> kpisServing(String target) { return get(target, "served_by", "kpis"); }
    List<String> objectivesServing(String target) { return get(target, "served_by", "objectives"); }
    List<String> initiativesServing(String objective) { return get(objective, "pursued_by", "initiatives"); }
    List<String> owned(String stakeholder) { return get(stakeholder, "owns", "initiatives"); }
    List<String> partnerIn(String stakeholder) { return get(stakeholder, "partner_in", "initiatives"); }
    List<String> funds(String stakeholder) { return get(stakeholder, "funds", "initiatives"); }
    List<String> reports(String stakeholder) { return get(stakeholder, "owns", "kpis"); }
    List<String> consultedOn(String stakeholder) { return get(stakeholder, "consulted_on", "pillars"); }
    List<String> supporting(String initiative) { return get(initiative, "supported_by", "artifacts"); }
    List<String> mitigating(String initiative) { return get(initiative, "mitigates", "risks"); }

    /** Everything that refers to {@code id}, by the name of the reverse relation ({@code addressed_by}...). */
    Map<String, List<String>> all(String id) {
        return all.of(id);
    }

    /** The pillars of a KPI: those of the initiatives it measures. */
    Set<String> pillarsOfKpi(Kpi k) {
        Set<String> out = new LinkedHashSet<>();
        for (Ref r : k.measures()) {
            String p = pillarOfInitiative.get(r.id());
            if (p != null) out.add(p);
        }
        return out;
    }
}
