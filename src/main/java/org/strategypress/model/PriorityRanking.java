package org.strategypress.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The initiatives ranked by weighted score, as the validator checks them and the priority table shows them: best
 * first, ties in file order; the top third is {@code high}, the bottom third {@code low}, the rest {@code medium}.
 */
public final class PriorityRanking {

    /** One initiative's place: its weighted score, its rank (1 is best) and the priority its rank gives. */
    public record Ranked(Initiative initiative, BigDecimal score, int rank, String band) {
    }

    private PriorityRanking() {
    }

    /** The initiatives scored on every criterion, ranked; empty without prioritisation. */
    public static List<Ranked> of(List<Initiative> initiatives, Prioritisation p) {
        if (p == null) return List.of();
        List<Initiative> sorted = new ArrayList<>(initiatives.stream().filter(i -> p.weighted(i.scores()) != null).toList());
        sorted.sort(Comparator.comparing((Initiative i) -> p.weighted(i.scores())).reversed());
        List<Ranked> out = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++)
            out.add(new Ranked(sorted.get(k), p.weighted(sorted.get(k).scores()), k + 1, band(k + 1, sorted.size())));
        return out;
    }

    /** {@code high} for the top third of n (rank at most n/3), {@code low} for the bottom third, else {@code medium}. */
    public static String band(int rank, int n) {
        if (rank <= n / 3) return "high";
        if (rank > n - n / 3) return "low";
        return "medium";
    }
}
