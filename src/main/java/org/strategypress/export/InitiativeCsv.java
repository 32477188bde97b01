package org.strategypress.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.strategypress.model.Initiative;
import org.strategypress.model.Prioritisation;
import org.strategypress.model.PriorityRanking;
import org.strategypress.model.Strategy;
import org.strategypress.model.StrategyMeta;

/**
 * {@code data/initiatives.csv}: one row per initiative with its scores, weighted score and rank, its cost by year
 * and in total, its funding by status and the gap, and its milestone counts. The score columns are
 * {@code score_<criterion id>} in the order of {@code prioritisation.criteria}; the cost columns
 * {@code cost_<year>} for every year of the horizon. Amounts are as written, in {@code currency}. Same CSV dialect
 * as {@link KpiCsv}.
 */
public final class InitiativeCsv {

    private InitiativeCsv() {
    }

    /** The header for this strategy (its criteria and its years). */
    public static List<String> header(Strategy s) {
        List<String> h = new ArrayList<>(List.of("initiative_id", "title", "pillar", "owner", "priority", "quick_win",
                "start", "end"));
        Prioritisation p = s.meta().prioritisation();
        if (p != null) for (Prioritisation.Criterion c : p.criteria()) h.add("score_" + c.id());
        h.addAll(List.of("weighted_score", "rank"));
        for (int y : years(s.meta())) h.add("cost_" + y);
        h.addAll(List.of("cost_total", "funding_committed", "funding_expected", "funding_sought", "funding_gap",
                "currency", "illustrative", "milestones", "milestones_done", "milestones_late"));
        return h;
    }

    public static String of(Strategy s) {
        String lang = s.meta().language();
        Prioritisation p = s.meta().prioritisation();
        Map<String, PriorityRanking.Ranked> ranks = new HashMap<>();
        for (PriorityRanking.Ranked r : PriorityRanking.of(s.initiatives(), p)) ranks.put(r.initiative().id(), r);
        StringBuilder b = new StringBuilder();
        KpiCsv.row(b, header(s));
        for (Initiative i : s.initiatives()) {
            List<String> r = new ArrayList<>(List.of(i.id(), i.title().in(lang), i.pillar().id(), i.owner().id(),
                    i.priority() == null ? "" : i.priority(), Boolean.toString(i.quickWin()), i.start().toString(),
                    i.end().toString()));
            if (p != null) for (Prioritisation.Criterion c : p.criteria()) r.add(plain(i.scores().of(c.id())));
            PriorityRanking.Ranked rank = ranks.get(i.id());
            r.add(rank == null ? "" : rank.score().toPlainString());
            r.add(rank == null ? "" : Integer.toString(rank.rank()));
            for (int y : years(s.meta()))
                r.add(plain(i.cost().stream().filter(c -> c.year() == y).map(Initiative.Cost::amount)
                        .reduce(BigDecimal::add).orElse(null)));
            BigDecimal open = i.totalCost().subtract(i.totalFunding());
            r.addAll(List.of(plain(i.totalCost()), plain(i.funding("committed")), plain(i.funding("expected")),
                    plain(i.funding("sought")), plain(open.signum() > 0 ? open : BigDecimal.ZERO),
                    s.meta().currency() == null ? "" : s.meta().currency().label(), Boolean.toString(i.illustrative()),
                    Integer.toString(i.milestones().size()),
                    Long.toString(i.milestones().stream().filter(m -> "done".equals(m.status())).count()),
                    Long.toString(i.milestones().stream().filter(m -> "late".equals(m.status())).count())));
            KpiCsv.row(b, r);
        }
        return b.toString();
    }

    private static List<Integer> years(StrategyMeta m) {
        List<Integer> out = new ArrayList<>();
        if (m.hasHorizon()) for (int y = m.horizonFrom(); y <= m.horizonTo(); y++) out.add(y);
        return out;
    }

    private static String plain(BigDecimal d) {
        if (d == null) return "";
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
