package org.strategypress.model;

import java.math.BigDecimal;

/** A value in a given year, such as a baseline or a yearly target. The value keeps its written scale. */
public record Measure(BigDecimal value, int year, SourcePosition at) {
    /** The value as written (1.10 stays 1.10). */
    public String shown() {
        return value.toPlainString();
    }
}
