package org.strategypress.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.Initiative;
import org.strategypress.model.Names;
import org.strategypress.model.Prioritisation;
import org.strategypress.model.Prioritisation.Criterion;
import org.strategypress.model.PriorityRanking;
import org.strategypress.model.Rule;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Strategy;
import org.strategypress.model.StrategyMeta;

/**
 * weights-sum, score-missing, quick-win-late and priority-rank: the prioritisation criteria add up, every initiative
 * is scored on each of them within the scale, quick wins end early, and the stated priorities agree with the scores.
 */
final class PrioritisationRules implements ValidationRule {

    /** Default of {@code rules.quick_win_years}. */
    static final int QUICK_WIN_YEARS = 2;

    @Override
    public void check(Strategy s, ValidationContext ctx, List<Diagnostic> out) {
        Prioritisation p = s.meta().prioritisation();
        if (p != null) weights(p, out);
        scores(s, p, out);
        quickWins(s, out);
        if (p != null && p.totalWeight().compareTo(BigDecimal.valueOf(100)) == 0) ranks(s, p, out);
    }

    private static void weights(Prioritisation p, List<Diagnostic> out) {
        BigDecimal total = p.totalWeight();
        if (total.compareTo(BigDecimal.valueOf(100)) != 0)
            out.add(Rule.WEIGHTS_SUM.at(p.at(), "the prioritisation weights sum to " + total.toPlainString()
                    + ", not 100: " + String.join(" + ", p.criteria().stream()
                    .map(c -> c.id() + " " + c.weight().toPlainString()).toList())));
    }

    private static void scores(Strategy s, Prioritisation p, List<Diagnostic> out) {
        boolean anyScored = s.initiatives().stream().anyMatch(i -> !i.scores().isEmpty());
        if (!anyScored) return;
        if (p == null) {
            // one missing setting, one message: at the first scored initiative, counting the others
            List<Initiative> scored = s.initiatives().stream().filter(i -> !i.scores().isEmpty()).toList();
            Initiative first = scored.get(0);
            out.add(Rule.SCORE_MISSING.at(first.scores().at(), "initiative " + first.id() + (scored.size() > 1
                            ? " and " + (scored.size() - 1) + " other" + (scored.size() > 2 ? "s have" : " has") : " has")
                            + " scores, but strategy.yaml declares no prioritisation criteria to score on")
                    .withNote("prioritisation: {criteria: [...]} belongs in strategy.yaml", s.meta().at())
                    .about(StrategyMeta.FILE));
            return;
        }
        List<String> ids = p.criteria().stream().map(Criterion::id).toList();
        for (Initiative i : s.initiatives()) {
            if (i.scores().isEmpty()) {
                out.add(Rule.SCORE_MISSING.at(i.at(), "initiative " + i.id() + " is not scored: add 'scores' on "
                        + String.join(", ", ids)));
                continue;
            }
            List<String> unknown = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> e : i.scores().values().entrySet()) {
                SourcePosition at = i.scores().valueAt().get(e.getKey());
                if (!ids.contains(e.getKey())) {
                    unknown.add(e.getKey());
                    out.add(Rule.SCORE_MISSING.at(at, "initiative " + i.id() + " is scored on '" + e.getKey()
                            + "', which is not a prioritisation criterion" + Names.didYouMean(e.getKey(), ids)
                            + "; criteria are: " + String.join(", ", ids)));
                } else if (e.getValue().compareTo(p.min()) < 0 || e.getValue().compareTo(p.max()) > 0) {
                    out.add(Rule.SCORE_MISSING.at(at, "initiative " + i.id() + " scores " + e.getValue().toPlainString()
                            + " on " + e.getKey() + ", outside the scale " + p.min().toPlainString() + " to "
                            + p.max().toPlainString()));
                }
            }
            List<String> missing = new ArrayList<>();
            for (String c : ids) {
                if (i.scores().of(c) != null) continue;
                // a misspelt criterion is one mistake: its message above names the criterion meant
                if (unknown.stream().anyMatch(u -> Names.closest(u, ids).filter(c::equals).isPresent())) continue;
                missing.add(c);
            }
            if (!missing.isEmpty())
                out.add(Rule.SCORE_MISSING.at(i.scores().at(), "initiative " + i.id() + " is not scored on "
                        + String.join(", ", missing)));
        }
    }

    private static void quickWins(Strategy s, List<Diagnostic> out) {
        if (!s.meta().hasHorizon()) return;
        int years = s.meta().threshold("quick_win_years", QUICK_WIN_YEARS);
        int lastYear = s.meta().horizonFrom() + years - 1;
        for (Initiative i : s.initiatives()) {
            if (!i.quickWin() || i.end().year() <= lastYear) continue;
            out.add(Rule.QUICK_WIN_LATE.at(i.end().at(), "initiative " + i.id() + " is a quick win but ends "
                    + i.end() + ": a quick win ends within the first " + years + " years of the horizon (by "
                    + lastYear + ", rules.quick_win_years)"));
        }
    }

    /** Ranks by weighted score: the top third should be high priority, the bottom third low. */
    private static void ranks(Strategy s, Prioritisation p, List<Diagnostic> out) {
        List<PriorityRanking.Ranked> ranked = PriorityRanking.of(s.initiatives(), p);
        if (ranked.size() != s.initiatives().size() || ranked.size() < 3) return;
        for (PriorityRanking.Ranked r : ranked) {
            String stated = r.initiative().priority();
            if (stated == null || r.band().equals("medium") || stated.equals(r.band())) continue;
            out.add(Rule.PRIORITY_RANK.at(r.initiative().fieldAt().of("priority", r.initiative().at()), "initiative "
                    + r.initiative().id() + " is stated " + stated + " priority, but its weighted score "
                    + r.score().toPlainString() + " ranks it " + r.rank() + " of " + ranked.size() + ", in the "
                    + (r.band().equals("high") ? "top" : "bottom") + " third (" + r.band() + ")"));
        }
    }
}
