package org.strategypress.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.strategypress.model.Initiative;
import org.strategypress.model.Kpi;
import org.strategypress.model.Ref;
import org.strategypress.model.Strategy;

/**
 * Which KPIs measure an objective, at which level of the results chain. A KPI belongs to the objective it names
 * ({@code objective}); a KPI that names none belongs to every objective that an initiative it measures serves.
 */
public final class ResultsLevels {

    private final Strategy s;
    private final Map<String, Initiative> initiatives;

    public ResultsLevels(Strategy s) {
        this.s = s;
        this.initiatives = s.initiatives().stream().collect(Collectors.toMap(Initiative::id, Function.identity(), (a, b) -> a));
    }

    /** The KPIs of an objective at a level ({@code output}, {@code outcome}, {@code impact}), in file order. */
    public List<Kpi> kpisOf(String objective, String level) {
        List<Kpi> out = new ArrayList<>();
        for (Kpi k : s.kpis())
            if (k.levelOrDefault().equals(level) && serves(k, objective)) out.add(k);
        return out;
    }

    /** True when the KPI measures the objective, directly or through an initiative it measures. */
    public boolean serves(Kpi k, String objective) {
        if (k.objective() != null) return k.objective().id().equals(objective);
        for (Ref r : k.measures()) {
            Initiative i = initiatives.get(r.id());
            if (i != null && i.objectives().stream().anyMatch(o -> o.id().equals(objective))) return true;
        }
        return false;
    }

    /** The ids of the risks an initiative mitigates, in file order. */
    public List<String> risksMitigatedBy(String initiative) {
        return s.risks().stream().filter(r -> r.mitigatedBy().stream().anyMatch(m -> m.id().equals(initiative)))
                .map(org.strategypress.model.Risk::id).toList();
    }

    /** The initiatives serving an objective, in file order. */
    public List<Initiative> initiativesOf(String objective) {
        return s.initiatives().stream().filter(i -> i.objectives().stream().anyMatch(o -> o.id().equals(objective))).toList();
    }
}
