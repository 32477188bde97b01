package org.strategypress.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Module 4: a prioritised initiative of the roadmap, optionally under a theme of action ({@code theme}). Its owner is accountable, its partners responsible, and
 * {@code consulted} and {@code informed} complete its RACI line. {@code illustrative} marks every cost and funding
 * figure as not from a cited source (a value's own {@code illustrative} overrides it).
 */
public record Initiative(String id, Text title, Ref pillar, List<Ref> addresses, Ref owner, List<Ref> partners,
                         List<Ref> objectives, String horizon, When start, When end, String priority,
                         List<Milestone> milestones, Text description, Scores scores, boolean quickWin,
                         List<Ref> consulted, List<Ref> informed, List<Cost> cost, List<Funding> funding,
                         boolean illustrative, Ref theme, FieldPositions fieldAt, SourcePosition at) implements Entity {
    public Initiative {
        addresses = List.copyOf(addresses);
        partners = List.copyOf(partners);
        objectives = List.copyOf(objectives);
        milestones = List.copyOf(milestones);
        consulted = List.copyOf(consulted);
        informed = List.copyOf(informed);
        cost = List.copyOf(cost);
        funding = List.copyOf(funding);
        if (scores == null) scores = Scores.NONE;
    }

    /** The sum of its yearly costs (zero when it has none). */
    public BigDecimal totalCost() {
        return cost.stream().map(Cost::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sum of its funding lines, of every status. */
    public BigDecimal totalFunding() {
        return funding.stream().map(Funding::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The funding lines of one status, summed. */
    public BigDecimal funding(String status) {
        return funding.stream().filter(f -> f.status().equals(status)).map(Funding::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A dated step of an initiative, with its status as of the strategy's {@code as_of}. */
    public record Milestone(String id, Text title, When due, String status, When done, Text note,
                            FieldPositions fieldAt, SourcePosition at) {

        /** The status written, {@code planned} when none is. */
        public String statusOrPlanned() {
            return status == null ? "planned" : status;
        }
    }

    /** What an initiative costs in one year, in the strategy's currency and scale. */
    public record Cost(int year, BigDecimal amount, Boolean illustrative, SourcePosition at) {
    }

    /** One funding line: who funds it, how much, and how firm the money is. */
    public record Funding(Ref source, BigDecimal amount, String status, Boolean illustrative, SourcePosition at) {
    }
}
