package org.strategypress.model;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Module 4: a key performance indicator measuring initiatives and serving national targets. The reference-sheet
 * fields (level to limitations) and the actuals are optional; {@link #levelOrDefault()} and
 * {@link #responsibleOrOwner()} give their defaults.
 */
public record Kpi(String id, Text title, List<Ref> measures, List<Ref> contributesTo, Text unit, String direction,
                  Measure baseline, List<Measure> targets, Ref owner, Text source, Text frequency,
                  boolean illustrative, Text unverified, String level, Ref objective, Text definition, Text formula,
                  List<Text> disaggregation, Text method, Text limitations, Ref responsible, List<Actual> actuals,
                  SourcePosition at) implements Entity {

    /** The levels of a results chain, in order. */
    public static final List<String> LEVELS = List.of("output", "outcome", "impact");

    public Kpi {
        measures = List.copyOf(measures);
        contributesTo = List.copyOf(contributesTo);
        targets = List.copyOf(targets);
        disaggregation = List.copyOf(disaggregation);
        actuals = List.copyOf(actuals);
    }

    /** The target with the latest year, or null if there is none. */
    public Measure finalTarget() {
        return targets.stream().max(Comparator.comparingInt(Measure::year)).orElse(null);
    }

    /** The level as written, or {@code outcome}. */
    public String levelOrDefault() {
        return level == null ? "outcome" : level;
    }

    /** Who collects the data: as written, or the owner. */
    public Ref responsibleOrOwner() {
        return responsible == null ? owner : responsible;
    }

    /** A measured value: when ({@code YYYY} or {@code YYYY-MM}), what, from where, and its own illustrative mark. */
    public record Actual(When year, BigDecimal value, Text source, Boolean illustrative, SourcePosition at) {

        /** Whether the value is illustrative, given its KPI's flag: its own mark wins. */
        public boolean illustrativeUnder(boolean entityFlag) {
            return illustrative != null ? illustrative : entityFlag;
        }

        /** The value as written. */
        public String shown() {
            return value.toPlainString();
        }
    }
}
