package org.strategypress.render.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.strategypress.model.Initiative;
import org.strategypress.model.Kpi;
import org.strategypress.model.Ref;
import org.strategypress.model.Strategy;

/** Who points at whom: the reverse of every reference, built once per view. */
final class Backlinks {

    private final Map<String, List<String>> index = new HashMap<>();
    private final Map<String, String> pillarOfInitiative = new HashMap<>();

    Backlinks(Strategy s) {
        for (Initiative i : s.initiatives()) {
            pillarOfInitiative.put(i.id(), i.pillar().id());
            i.addresses().forEach(r -> add("addressing", r, i.id()));
            i.objectives().forEach(r -> add("objective", r, i.id()));
            add("owner", i.owner(), i.id());
            i.partners().forEach(r -> add("partner", r, i.id()));
        }
        for (Kpi k : s.kpis()) {
            k.measures().forEach(r -> add("measuring", r, k.id()));
            k.contributesTo().forEach(r -> add("serving", r, k.id()));
            add("reports", k.owner(), k.id());
        }
        s.objectives().forEach(o -> o.contributesTo().forEach(r -> add("objectiveServing", r, o.id())));
        s.artifacts().forEach(a -> a.supports().forEach(r -> add("supporting", r, a.id())));
        s.risks().forEach(r -> r.mitigatedBy().forEach(x -> add("mitigating", x, r.id())));
        s.assessments().forEach(a -> a.stakeholders().forEach(r -> add("consulted", r, a.pillar().id())));
    }

    private void add(String relation, Ref to, String from) {
        if (to == null) return;
        List<String> l = index.computeIfAbsent(relation + ":" + to.id(), k -> new ArrayList<>());
        if (!l.contains(from)) l.add(from);
    }

    private List<String> get(String relation, String id) {
        return index.getOrDefault(relation + ":" + id, List.of());
    }

    List<String> addressing(String gap) { return get("addressing", gap); }
    List<String> measuring(String initiative) { return get("measuring", initiative); }
    List<String> kpisServing(String target) { return get("serving", target); }
    List<String> objectivesServing(String target) { return get("objectiveServing", target); }
    List<String> initiativesServing(String objective) { return get("objective", objective); }
    List<String> owned(String stakeholder) { return get("owner", stakeholder); }
    List<String> partnerIn(String stakeholder) { return get("partner", stakeholder); }
    List<String> reports(String stakeholder) { return get("reports", stakeholder); }
    List<String> consultedOn(String stakeholder) { return get("consulted", stakeholder); }
    List<String> supporting(String initiative) { return get("supporting", initiative); }
    List<String> mitigating(String initiative) { return get("mitigating", initiative); }

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
