package org.strategypress.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.strategypress.model.schema.Kinds;
import org.strategypress.model.schema.RecordFields;

/**
 * The numbers an executive summary quotes, computed from the entities so that prose cannot drift from the body:
 * the {@code {{key-figures}}} block lists them and {@code {{figure NAME}}} writes one into a sentence. Figures on
 * fields a strategy does not use (quick wins, costs) are left out rather than shown as zero.
 */
public final class KeyFigures {

    /**
     * One figure: its name in {@code {{figure NAME}}}, how the block labels it, and its value as prose shows it; a
     * figure that counts part of a whole ("17 of 17") has the whole too (else null), which each language words its
     * own way.
     */
    public record Figure(String name, String label, String value, String whole) {
        Figure(String name, String label, String value) {
            this(name, label, value, null);
        }
    }

    /** Every figure name, with what it needs when the data may lack it. */
    public static final List<String> NAMES = List.of("initiatives", "quick-wins", "kpis", "national-targets",
            "targets-served", "horizon", "total-cost", "funding-gap");

    private final List<Figure> figures;

    private KeyFigures(List<Figure> figures) {
        this.figures = List.copyOf(figures);
    }

    /** The figures of a strategy, in the order the block lists them. */
    public static KeyFigures of(Strategy s) {
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("initiatives", "Initiatives", Integer.toString(s.initiatives().size())));
        // only once the strategy marks quick wins: "0 quick wins" in a summary would read as a finding
        long quickWins = s.initiatives().stream().filter(i -> Boolean.TRUE.equals(component(i, "quick_win"))).count();
        if (Kinds.INITIATIVES.field("quick_win") != null && quickWins > 0)
            out.add(new Figure("quick-wins", "Quick wins", Long.toString(quickWins)));
        out.add(new Figure("kpis", "KPIs", Integer.toString(s.kpis().size())));
        out.add(new Figure("national-targets", "National targets", Integer.toString(s.nationalTargets().size())));
        long served = s.nationalTargets().stream().filter(t -> s.kpis().stream()
                .anyMatch(k -> k.contributesTo().stream().anyMatch(r -> r.id().equals(t.id())))).count();
        out.add(new Figure("targets-served", "National targets served by a KPI", Long.toString(served),
                Integer.toString(s.nationalTargets().size())));
        if (s.meta().hasHorizon())
            out.add(new Figure("horizon", "Horizon", s.meta().horizonFrom() + "\u2013" + s.meta().horizonTo()));
        BigDecimal cost = sum(s, "cost", false);
        if (cost != null) {
            out.add(new Figure("total-cost", "Total cost", plain(cost)));
            // as the roadmap's financing table counts it: each initiative's cost that no funding line covers
            BigDecimal gap = BigDecimal.ZERO;
            for (Initiative i : s.initiatives()) gap = gap.add(i.totalCost().subtract(i.totalFunding()).max(BigDecimal.ZERO));
            out.add(new Figure("funding-gap", "Funding gap (cost no funding covers)", plain(gap)));
        }
        return new KeyFigures(out);
    }

    public List<Figure> all() {
        return figures;
    }

    /** The figure called {@code name}, if this strategy has it. */
    public Optional<Figure> find(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * The sum of {@code amount} over every initiative's list {@code field} (only items whose status is committed
     * or expected when {@code fundedOnly}), or null when no initiative has such a list.
     */
    private static BigDecimal sum(Strategy s, String field, boolean fundedOnly) {
        if (Kinds.INITIATIVES.field(field) == null) return null;
        BigDecimal total = null;
        for (Initiative i : s.initiatives()) {
            if (!(component(i, field) instanceof List<?> items)) continue;
            for (Object item : items) {
                if (!(item instanceof Record r)) continue;
                if (fundedOnly && !List.of("committed", "expected").contains(String.valueOf(component(r, "status")))) continue;
                if (component(r, "amount") instanceof BigDecimal a) total = total == null ? a : total.add(a);
            }
        }
        return total;
    }

    private static Object component(Record r, String yamlName) {
        return RecordFields.of(r.getClass()).components().stream().filter(c -> c.yamlName().equals(yamlName))
                .findFirst().map(c -> c.read(r)).orElse(null);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
