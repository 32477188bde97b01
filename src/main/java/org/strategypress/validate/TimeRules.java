package org.strategypress.validate;

import org.strategypress.model.Rule;
import java.util.List;
import java.util.function.Supplier;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.Initiative;
import org.strategypress.model.Kpi;
import org.strategypress.model.Measure;
import org.strategypress.model.NationalTarget;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Strategy;
import org.strategypress.model.StrategyMeta;
import org.strategypress.model.When;

/** year-order, out-of-horizon and direction-mismatch. */
final class TimeRules implements ValidationRule {

    @Override
    public void check(Strategy s, ValidationContext ctx, List<Diagnostic> out) {
        StrategyMeta m = s.meta();
        for (Kpi k : s.kpis()) {
            for (Measure t : k.targets()) {
                if (k.baseline() != null && k.baseline().year() > t.year())
                    out.add(Rule.YEAR_ORDER.at(k.baseline().at(), "KPI " + k.id() + ": baseline year "
                            + k.baseline().year() + " is after target year " + t.year() + " (" + t.at() + ")"));
                horizon(m, t.year(), t.at(), () -> "KPI " + k.id() + " target year " + t.year(), out);
            }
            direction(k, out);
        }
        for (NationalTarget t : s.nationalTargets()) {
            if (t.baseline() != null && t.target() != null && t.baseline().year() > t.target().year())
                out.add(Rule.YEAR_ORDER.at(t.baseline().at(), "national target " + t.id() + ": baseline year "
                        + t.baseline().year() + " is after target year " + t.target().year()));
            if (t.target() != null)
                horizon(m, t.target().year(), t.target().at(), () -> "national target " + t.id() + " target year " + t.target().year(), out);
        }
        for (Initiative i : s.initiatives()) {
            if (i.start().compareTo(i.end()) > 0 || i.start().firstMonthIndex() > i.end().lastMonthIndex())
                out.add(Rule.YEAR_ORDER.at(i.start().at(), "initiative " + i.id() + " starts (" + i.start()
                        + ") after it ends (" + i.end() + ")"));
            horizon(m, i.start(), () -> "initiative " + i.id() + " start " + i.start(), out);
            horizon(m, i.end(), () -> "initiative " + i.id() + " end " + i.end(), out);
            for (Initiative.Milestone ms : i.milestones()) {
                When d = ms.due();
                if (d.lastMonthIndex() < i.start().firstMonthIndex() || d.firstMonthIndex() > i.end().lastMonthIndex())
                    out.add(Rule.YEAR_ORDER.at(d.at(), "milestone " + ms.id() + " is due " + d
                            + ", outside its initiative's span " + i.start() + " to " + i.end()));
                horizon(m, d, () -> "milestone " + ms.id() + " due " + d, out);
            }
        }
    }

    private static void horizon(StrategyMeta m, When w, Supplier<String> what, List<Diagnostic> out) {
        horizon(m, w.year(), w.at(), what, out);
    }

    /** {@code what} is written only for a year outside the horizon (most are inside, and a When formats slowly). */
    private static void horizon(StrategyMeta m, int year, SourcePosition at, Supplier<String> what, List<Diagnostic> out) {
        if (!m.hasHorizon()) return;
        if (year < m.horizonFrom() || year > m.horizonTo())
            out.add(Rule.OUT_OF_HORIZON.at(at, what.get() + " is outside the strategy horizon "
                    + m.horizonFrom() + "-" + m.horizonTo()));
    }

    private static void direction(Kpi k, List<Diagnostic> out) {
        Measure last = k.finalTarget();
        if (last == null || k.baseline() == null) return;
        int cmp = last.value().compareTo(k.baseline().value());
        String problem = switch (k.direction()) {
            case "increase" -> cmp > 0 ? null : "is not above";
            case "decrease" -> cmp < 0 ? null : "is not below";
            default -> cmp == 0 ? null : "is not equal to";
        };
        if (problem != null)
            out.add(Rule.DIRECTION_MISMATCH.at(last.at(), "KPI " + k.id() + " should " + k.direction()
                    + ", but its final target " + last.shown() + " (" + last.year() + ") " + problem + " the baseline "
                    + k.baseline().shown() + " (" + k.baseline().year() + ")"));
    }
}
