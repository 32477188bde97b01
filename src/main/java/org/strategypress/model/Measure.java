package org.strategypress.model;

import java.math.BigDecimal;

/**
 * A value in a given year, such as a baseline or a yearly target. The value keeps its written scale.
 * {@code illustrative} is the value's own mark: null when the value says nothing (its entity's flag applies).
 */
public record Measure(BigDecimal value, int year, Boolean illustrative, SourcePosition at) {

    public Measure(BigDecimal value, int year, SourcePosition at) {
        this(value, year, null, at);
    }

    /** The value as written (1.10 stays 1.10). */
    public String shown() {
        return value.toPlainString();
    }

    /** Whether the value is illustrative, given its entity's flag: its own mark wins. */
    public boolean illustrativeUnder(boolean entityFlag) {
        return illustrative != null ? illustrative : entityFlag;
    }
}
