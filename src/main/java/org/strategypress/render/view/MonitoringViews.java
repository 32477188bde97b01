package org.strategypress.render.view;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.strategypress.model.Initiative;
import org.strategypress.model.Objective;
import org.strategypress.monitoring.ResultsLevels;

import org.strategypress.model.Kpi;
import org.strategypress.model.Measure;
import org.strategypress.model.When;
import org.strategypress.monitoring.KpiProgress;
import org.strategypress.render.view.Views.ProgressView;

/** View data of the monitoring package's results: a KPI's progress as plain strings. */
final class MonitoringViews {

    private MonitoringViews() {
    }

    /** A KPI's progress, its numbers as the output's language writes them. */
    static ProgressView progress(KpiProgress p, When asOf, ShownNumbers numbers) {
        boolean measured = p.nextTarget() != null;
        return new ProgressView(p.status().code(), p.status().label(), numbers.decimal(p.latest().value()), p.latest().year().toString(),
                measured ? numbers.decimal(p.expected()) : "", measured ? numbers.decimal(p.shortfall()) : "",
                measured ? numbers.decimal(p.nextTarget().value()) : "", measured ? Integer.toString(p.nextTarget().year()) : "",
                measured ? numbers.decimal(p.remaining()) : "", asOf.toString());
    }

    /** True when every value of the KPI (baseline, targets, actuals) is illustrative. */
    static boolean allIllustrative(Kpi k) {
        boolean f = k.illustrative();
        if (k.baseline() != null && !k.baseline().illustrativeUnder(f)) return false;
        for (Measure m : k.targets()) if (!m.illustrativeUnder(f)) return false;
        for (Kpi.Actual a : k.actuals()) if (!a.illustrativeUnder(f)) return false;
        return f || k.baseline() != null;
    }

    /** An objective's results by level (see {@link Views.ResultsView}). */
    static Views.ResultsView results(Objective o, ResultsLevels levels, Function<String, Views.LinkView> link) {
        List<Initiative> inis = levels.initiativesOf(o.id());
        Map<String, List<String>> outputsBy = new LinkedHashMap<>();
        Map<String, List<Views.LinkView>> risksBy = new LinkedHashMap<>();
        Set<String> themes = new LinkedHashSet<>();
        Set<String> risks = new LinkedHashSet<>();
        List<Kpi> outputs = levels.kpisOf(o.id(), "output");
        for (Initiative i : inis) {
            if (i.theme() != null) themes.add(i.theme().id());
            outputsBy.put(i.id(), outputs.stream().filter(k -> k.measures().stream().anyMatch(r -> r.id().equals(i.id())))
                    .map(Kpi::id).toList());
            List<String> rs = levels.risksMitigatedBy(i.id());
            risks.addAll(rs);
            risksBy.put(i.id(), rs.stream().map(link).toList());
        }
        return new Views.ResultsView(ids(levels.kpisOf(o.id(), "impact")), ids(levels.kpisOf(o.id(), "outcome")),
                ids(outputs), themes.stream().map(link).toList(), risks.stream().map(link).toList(), outputsBy, risksBy);
    }

    private static List<String> ids(List<Kpi> ks) {
        return ks.stream().map(Kpi::id).toList();
    }
}
