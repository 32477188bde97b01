package org.strategypress.validate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.strategypress.model.Body;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Initiative;
import org.strategypress.model.Risk;
import org.strategypress.model.Rule;
import org.strategypress.model.Strategy;
import org.strategypress.model.When;

/**
 * body-cycle, milestone-status and risk-unmitigated: reporting lines end at a top body, milestone statuses fit the
 * reporting date, and no high-likelihood, high-impact risk is left without a mitigating initiative.
 */
final class DeliveryRules implements ValidationRule {

    @Override
    public void check(Strategy s, ValidationContext ctx, List<Diagnostic> out) {
        cycles(s.bodies(), out);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        When asOf = s.meta().asOfOr(new When(today.getYear(), today.getMonthValue(), null));
        for (Initiative i : s.initiatives()) for (Initiative.Milestone m : i.milestones()) milestone(m, asOf, out);
        for (Risk r : s.risks()) {
            if ("high".equals(r.likelihood()) && "high".equals(r.impact()) && r.mitigatedBy().isEmpty())
                out.add(Rule.RISK_UNMITIGATED.at(r.fieldAt().of("mitigated_by", r.at()), "risk " + r.id()
                        + " is of high likelihood and high impact, and no initiative mitigates it: name one in 'mitigated_by'"));
        }
    }

    /** Each cycle once, at the reporting line of its first body in file order. */
    private static void cycles(List<Body> bodies, List<Diagnostic> out) {
        Map<String, Body> byId = new HashMap<>();
        for (Body b : bodies) byId.put(b.id(), b);
        Set<String> reported = new HashSet<>();
        for (Body b : bodies) {
            if (reported.contains(b.id())) continue;
            List<String> path = new ArrayList<>();
            Body at = b;
            while (at != null && !path.contains(at.id())) {
                path.add(at.id());
                at = at.reportsTo() == null ? null : byId.get(at.reportsTo().id());
            }
            if (at == null || !at.id().equals(b.id())) continue;
            reported.addAll(path);
            out.add(Rule.BODY_CYCLE.at(b.reportsTo().at(), "body " + b.id() + " reports to itself through "
                    + String.join(" -> ", path) + " -> " + b.id() + ": one body must report to none, or outside this list"));
        }
    }

    private static void milestone(Initiative.Milestone m, When asOf, List<Diagnostic> out) {
        String status = m.status();
        if ("done".equals(status) && m.done() == null)
            out.add(Rule.MILESTONE_STATUS.at(m.fieldAt().of("status", m.at()), "milestone " + m.id()
                    + " is done but has no 'done' date (YYYY-MM)"));
        else if (m.done() != null && m.done().firstMonthIndex() > asOf.lastMonthIndex())
            out.add(Rule.MILESTONE_STATUS.at(m.done().at(), "milestone " + m.id() + " was done " + m.done()
                    + ", after the reporting date as_of " + asOf));
        else if ("planned".equals(status) && m.due().lastMonthIndex() < asOf.firstMonthIndex())
            out.add(Rule.MILESTONE_STATUS.at(m.fieldAt().of("status", m.at()), "milestone " + m.id() + " is planned but was due "
                    + m.due() + ", before the reporting date as_of " + asOf + ": it is late (status: late), or done"));
    }
}
