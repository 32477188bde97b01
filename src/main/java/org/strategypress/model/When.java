package org.strategypress.model;

/** A year, or a year and month ({@code 2027} or {@code 2027-03}), where it was written. */
public record When(int year, int month, SourcePosition at) implements Comparable<When> {

    /** Month 0 means the whole year. */
    public When {
        if (month < 0 || month > 12) throw new IllegalArgumentException("month 1-12, or 0 for a whole year");
    }

    /** First month this covers (1 for a whole year). */
    public int firstMonthIndex() {
        return year * 12 + (month == 0 ? 1 : month) - 1;
    }

    /** Last month this covers (12 for a whole year). */
    public int lastMonthIndex() {
        return year * 12 + (month == 0 ? 12 : month) - 1;
    }

    @Override
    public int compareTo(When o) {
        return Integer.compare(firstMonthIndex(), o.firstMonthIndex());
    }

    @Override
    public String toString() {
        return month == 0 ? Integer.toString(year) : String.format("%d-%02d", year, month);
    }
}
