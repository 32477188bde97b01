package org.strategypress.validate;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.Kpi;
import org.strategypress.model.Objective;
import org.strategypress.model.Rule;
import org.strategypress.model.Strategy;
import org.strategypress.monitoring.KpiProgress;
import org.strategypress.monitoring.Progress;
import org.strategypress.monitoring.ResultsLevels;

/** actual-future, kpi-off-track and objective-unmeasured: the plan against what was measured, as of {@code as_of}. */
final class MonitoringRules implements ValidationRule {

    @Override
    public void check(Strategy s, ValidationContext ctx, List<Diagnostic> out) {
        Progress progress = Progress.of(s.meta(), YearMonth.now(ZoneOffset.UTC));
        String asOf = s.meta().asOf() == null ? "the build's date, " + progress.asOf() + " (set as_of in strategy.yaml)"
                : "as_of " + progress.asOf();
        for (Kpi k : s.kpis()) {
            for (Kpi.Actual a : k.actuals())
                if (progress.isFuture(a)) {
                    Diagnostic d = Rule.ACTUAL_FUTURE.at(a.year().at(), "KPI " + k.id() + ": the actual dated "
                            + a.year() + " is after " + asOf + ": an actual can only report what was measured by then")
                            .about(k.id());
                    out.add(s.meta().asOf() == null ? d : d.withNote("as_of is set here", s.meta().asOf().at()));
                }
            progress.of(k).filter(KpiProgress::offTrack).ifPresent(p -> out.add(offTrack(p, progress)));
        }
        ResultsLevels levels = new ResultsLevels(s);
        for (Objective o : s.objectives())
            if (levels.kpisOf(o.id(), "outcome").isEmpty())
                out.add(Rule.OBJECTIVE_UNMEASURED.at(o.at(), "objective " + o.id() + " (" + o.title().in(s.meta().language())
                        + ") has no outcome-level KPI: give a KPI 'objective: " + o.id()
                        + "' (level outcome, the default), or have a KPI measure an initiative that serves it").about(o.id()));
    }

    private static Diagnostic offTrack(KpiProgress p, Progress progress) {
        Kpi k = p.kpi();
        return Rule.KPI_OFF_TRACK.at(p.latest().at(), "KPI " + k.id() + " is off track: its latest actual "
                + p.latest().shown() + " (" + p.latest().year() + ") is " + p.shortfall().toPlainString() + " behind the line from the baseline "
                + k.baseline().shown() + " (" + k.baseline().year() + ") to the target " + p.nextTarget().shown() + " ("
                + p.nextTarget().year() + "), which expects " + p.expected().toPlainString() + " by then; the tolerance is "
                + progress.tolerancePercent() + " % of the distance (" + p.tolerance().toPlainString()
                + ", rules.off_track_tolerance)").about(k.id());
    }
}
