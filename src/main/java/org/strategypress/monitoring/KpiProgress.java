package org.strategypress.monitoring;

import java.math.BigDecimal;

import org.strategypress.model.Kpi;
import org.strategypress.model.Measure;

/**
 * The progress of one KPI with actuals: its latest actual on or before the reporting date, the next target after it,
 * the value the straight line from baseline to that target expects at the actual's date, how far behind the line the
 * actual is ({@code shortfall}: positive when behind, in the KPI's unit), the tolerance, what remains to the next
 * target ({@code remaining}, target minus actual) and the status. Every number but the status is null when the status
 * is {@link Status#NOT_MEASURED}.
 */
public record KpiProgress(Kpi kpi, Kpi.Actual latest, Measure nextTarget, BigDecimal expected, BigDecimal shortfall,
                          BigDecimal tolerance, BigDecimal remaining, Status status) {

    /** True when the KPI is behind its line by more than the tolerance. */
    public boolean offTrack() {
        return status == Status.OFF_TRACK;
    }
}
