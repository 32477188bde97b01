package org.strategypress.values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strategypress.model.Entity;
import org.strategypress.model.Initiative;
import org.strategypress.model.Strategy;

/**
 * The reverse of every reference, named from the target's side: a gap is {@code addressed_by} initiatives, an
 * initiative {@code measured_by} KPIs, a national target {@code served_by} KPIs and objectives, a stakeholder
 * {@code owns} initiatives and KPIs and {@code funds} the initiatives whose funding lines name it as their source...
 * Assessments and visions are keyed by their pillar, so their id is the pillar's.
 */
public final class Backlinks {

    /** The name of the reverse of each reference field. */
    public static final Map<String, String> INVERSE = inverse();

    private final Map<String, Map<String, List<String>>> index = new LinkedHashMap<>();

    public Backlinks(Strategy s) {
        for (List<Entity> list : s.entities().values()) {
            for (Entity e : list) {
                for (Map.Entry<String, List<String>> ref : EntityValues.references((Record) e).entrySet()) {
                    String name = INVERSE.getOrDefault(ref.getKey(), ref.getKey() + "_of");
                    for (String target : ref.getValue()) {
                        if (target.equals(e.id())) continue;
                        add(target, name, e.id());
                    }
                }
                if (e instanceof Initiative i) for (Initiative.Funding f : i.funding()) add(f.source().id(), "funds", i.id());
            }
        }
    }

    private void add(String target, String relation, String from) {
        List<String> list = index.computeIfAbsent(target, k -> new LinkedHashMap<>()).computeIfAbsent(relation, k -> new ArrayList<>());
        if (!list.contains(from)) list.add(from);
    }

    /** Who refers to {@code id}, by the name of the reverse relation; empty when nothing does. */
    public Map<String, List<String>> of(String id) {
        return index.getOrDefault(id, Map.of());
    }

    private static Map<String, String> inverse() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("addresses", "addressed_by");
        m.put("measures", "measured_by");
        m.put("contributes_to", "served_by");
        m.put("owner", "owns");
        m.put("partners", "partner_in");
        m.put("objectives", "pursued_by");
        m.put("supports", "supported_by");
        m.put("mitigated_by", "mitigates");
        m.put("pillar", "pillar_of");
        m.put("pillars", "benchmarked_by");
        m.put("priority", "priority_of");
        m.put("stakeholders", "consulted_on");
        m.put("consulted", "consulted_on");
        m.put("informed", "informed_of");
        m.put("chair", "chairs");
        m.put("members", "member_of");
        m.put("secretariat", "secretariat_of");
        m.put("reports_to", "oversees");
        return java.util.Collections.unmodifiableMap(m);
    }
}
