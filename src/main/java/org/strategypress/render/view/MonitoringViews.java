package org.strategypress.render.view;

import java.math.BigDecimal;

import org.strategypress.model.Kpi;
import org.strategypress.model.Measure;
import org.strategypress.model.When;
import org.strategypress.monitoring.KpiProgress;
import org.strategypress.render.view.Views.ProgressView;

/** View data of the monitoring package's results: a KPI's progress as plain strings. */
final class MonitoringViews {

    private MonitoringViews() {
    }

    static ProgressView progress(KpiProgress p, When asOf) {
        boolean measured = p.nextTarget() != null;
        return new ProgressView(p.status().code(), p.status().label(), p.latest().shown(), p.latest().year().toString(),
                measured ? plain(p.expected()) : "", measured ? plain(p.shortfall()) : "",
                measured ? p.nextTarget().shown() : "", measured ? Integer.toString(p.nextTarget().year()) : "",
                measured ? plain(p.remaining()) : "", asOf.toString());
    }

    /** True when every value of the KPI (baseline, targets, actuals) is illustrative. */
    static boolean allIllustrative(Kpi k) {
        boolean f = k.illustrative();
        if (k.baseline() != null && !k.baseline().illustrativeUnder(f)) return false;
        for (Measure m : k.targets()) if (!m.illustrativeUnder(f)) return false;
        for (Kpi.Actual a : k.actuals()) if (!a.illustrativeUnder(f)) return false;
        return f || k.baseline() != null;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
