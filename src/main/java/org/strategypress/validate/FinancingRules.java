package org.strategypress.validate;

import java.math.BigDecimal;
import java.util.List;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.Initiative;
import org.strategypress.model.Rule;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Strategy;
import org.strategypress.model.StrategyMeta;

/**
 * funding-exceeds-cost, funding-gap and cost-out-of-horizon: an initiative's money adds up, a high-priority one is
 * not mostly unfunded, and every cost falls in a year of the strategy.
 */
final class FinancingRules implements ValidationRule {

    @Override
    public void check(Strategy s, ValidationContext ctx, List<Diagnostic> out) {
        StrategyMeta m = s.meta();
        String unit = m.currency() == null ? "" : " " + m.currency().label();
        for (Initiative i : s.initiatives()) {
            BigDecimal cost = i.totalCost();
            BigDecimal funded = i.totalFunding();
            SourcePosition fundingAt = i.fieldAt().of("funding", i.at());
            if (!i.cost().isEmpty() && !i.funding().isEmpty() && funded.compareTo(cost) > 0)
                out.add(Rule.FUNDING_EXCEEDS_COST.at(fundingAt, "initiative " + i.id() + " is funded "
                        + funded.toPlainString() + unit + ", more than its cost " + cost.toPlainString() + unit
                        + ": lower a funding line or add the missing cost"));
            else if ("high".equals(i.priority()) && cost.signum() > 0) gap(i, cost, unit, out);
            for (Initiative.Cost c : i.cost()) {
                if (!m.hasHorizon() || (c.year() >= m.horizonFrom() && c.year() <= m.horizonTo())) continue;
                out.add(Rule.COST_OUT_OF_HORIZON.at(c.at(), "initiative " + i.id() + " has a cost in " + c.year()
                        + ", outside the strategy horizon " + m.horizonFrom() + "-" + m.horizonTo()));
            }
        }
    }

    /** More than half the cost sought or not funded at all. */
    private static void gap(Initiative i, BigDecimal cost, String unit, List<Diagnostic> out) {
        BigDecimal secured = i.funding("committed").add(i.funding("expected"));
        BigDecimal open = cost.subtract(secured);
        if (open.multiply(BigDecimal.valueOf(2)).compareTo(cost) <= 0) return;
        SourcePosition at = i.fieldAt().of("funding", i.fieldAt().of("cost", i.at()));
        out.add(Rule.FUNDING_GAP.at(at, "high-priority initiative " + i.id() + " has " + open.toPlainString() + unit
                + " of its " + cost.toPlainString() + unit + " cost sought or unfunded (more than half): commit or expect funding"));
    }
}
