package org.strategypress.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The criteria every initiative is scored on, each with its weight (percent) and the matrix axis it forms part of,
 * the scale scores lie on (default 1 to 5) and the names the writer gives the matrix's quadrants (null: the
 * defaults). {@code at} is where the mapping starts.
 */
public record Prioritisation(List<Criterion> criteria, BigDecimal min, BigDecimal max, Quadrants quadrants,
                             SourcePosition at) {

    public Prioritisation {
        criteria = List.copyOf(criteria);
    }

    /** One criterion: id, title, weight in percent, axis ({@code x}, {@code y} or null). */
    public record Criterion(String id, Text title, BigDecimal weight, String axis, SourcePosition at) {
    }

    /** The names of the priority matrix's four quadrants, as written under {@code quadrants}. */
    public record Quadrants(Text topRight, Text topLeft, Text bottomRight, Text bottomLeft, SourcePosition at) {

        /** The name of a quadrant by its key: {@code tr}, {@code tl}, {@code br} or {@code bl}. */
        public Text of(String key) {
            return switch (key) {
                case "tr" -> topRight;
                case "tl" -> topLeft;
                case "br" -> bottomRight;
                case "bl" -> bottomLeft;
                default -> throw new IllegalArgumentException("no quadrant " + key);
            };
        }
    }

    /** The sum of the weights. */
    public BigDecimal totalWeight() {
        return criteria.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The weighted score of a set of scores, on the criteria's scale (sum of score x weight / 100); null if one is missing. */
    public BigDecimal weighted(Scores s) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            BigDecimal v = s.of(c.id());
            if (v == null) return null;
            sum = sum.add(v.multiply(c.weight()));
        }
        return sum.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** The mean score on the criteria of one axis ({@code x} or {@code y}), weighted by their weights; null if none. */
    public BigDecimal axis(String axis, Scores s) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            if (!axis.equals(c.axis())) continue;
            BigDecimal v = s.of(c.id());
            if (v == null) return null;
            sum = sum.add(v.multiply(c.weight()));
            weights = weights.add(c.weight());
        }
        return weights.signum() == 0 ? null : sum.divide(weights, 2, RoundingMode.HALF_UP);
    }

    /** The criteria of one axis. */
    public List<Criterion> on(String axis) {
        return criteria.stream().filter(c -> axis.equals(c.axis())).toList();
    }
}
