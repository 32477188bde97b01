package org.strategypress.monitoring;

/** Where a KPI stands against its planned line, as of the reporting date. */
public enum Status {
    /** The latest actual is on or ahead of the line from baseline to the next target. */
    ON_TRACK("on-track", "on track"),
    /** Behind the line, but by no more than the tolerance. */
    BEHIND("behind", "behind"),
    /** Behind the line by more than the tolerance ({@code kpi-off-track}). */
    OFF_TRACK("off-track", "off track"),
    /** Actuals are given, but none is dated after the baseline year or on or before the reporting date. */
    NOT_MEASURED("not-measured", "no actual since the baseline");

    private final String code;
    private final String label;

    Status(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The stable word used in JSON, CSS classes and filters, such as {@code off-track}. */
    public String code() {
        return code;
    }

    /** How readers see it, such as "off track". */
    public String label() {
        return label;
    }
}
