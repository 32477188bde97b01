package org.strategypress.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;

import org.strategypress.model.Kpi;
import org.strategypress.model.Measure;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.StrategyMeta;
import org.strategypress.model.StrategyMeta.RuleSetting;
import org.strategypress.model.When;

/**
 * The one place KPI progress is computed, for the validator's {@code kpi-off-track}, the site, the PDF and
 * {@code press status}. Time runs in years: a year {@code Y} (baseline, target, or an actual written {@code YYYY}) is
 * the point {@code Y}, a month {@code Y-M} is {@code Y + (M-1)/12}. The latest actual dated on or before the
 * reporting date is compared with the straight line from the baseline to the next target (the first whose year is not
 * before the actual's; the final one when the actual is later than all). Behind the line by more than
 * {@code tolerance} percent of the distance from baseline to that target is off track, behind by less is behind; a
 * {@code maintain} KPI (no distance) is held to {@code tolerance} percent of its baseline, either way.
 */
public final class Progress {

    /** Percent of the distance from baseline to target, when {@code rules.off_track_tolerance} is not set. */
    public static final int DEFAULT_TOLERANCE = 10;

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final When asOf;
    private final int tolerancePercent;

    public Progress(When asOf, int tolerancePercent) {
        this.asOf = asOf;
        this.tolerancePercent = tolerancePercent;
    }

    /** Progress as strategy.yaml sets it: its {@code as_of} (else {@code today}) and its tolerance. */
    public static Progress of(StrategyMeta meta, YearMonth today) {
        RuleSetting t = meta.rules().get("off_track_tolerance");
        return new Progress(asOf(meta, today), t == null || t.number() == null ? DEFAULT_TOLERANCE : t.number());
    }

    /** The reporting date: strategy.yaml's {@code as_of}, else {@code today}. */
    public static When asOf(StrategyMeta meta, YearMonth today) {
        if (meta.asOf() != null) return meta.asOf();
        return new When(today.getYear(), today.getMonthValue(), SourcePosition.of(meta.at().file()));
    }

    /** The reporting date this progress is computed at. */
    public When asOf() {
        return asOf;
    }

    public int tolerancePercent() {
        return tolerancePercent;
    }

    /** True when the actual is dated after the reporting date (a whole year: when the year starts after it). */
    public boolean isFuture(Kpi.Actual a) {
        return a.year().firstMonthIndex() > asOf.lastMonthIndex();
    }

    /** The KPI's progress, or empty when it has no actual dated on or before the reporting date, or no target. */
    public Optional<KpiProgress> of(Kpi k) {
        Optional<Kpi.Actual> last = k.actuals().stream().filter(a -> !isFuture(a))
                .max(Comparator.comparingInt((Kpi.Actual a) -> a.year().firstMonthIndex()));
        if (last.isEmpty() || k.baseline() == null || k.targets().isEmpty()) return Optional.empty();
        Kpi.Actual a = last.get();
        Measure b = k.baseline();
        if (a.year().year() <= b.year()) return Optional.of(new KpiProgress(k, a, null, null, null, null, null, Status.NOT_MEASURED));
        BigDecimal t = time(a.year());
        Measure next = k.targets().stream().filter(m -> BigDecimal.valueOf(m.year()).compareTo(t) >= 0)
                .min(Comparator.comparingInt(Measure::year)).orElse(k.finalTarget());
        BigDecimal expected = next.year() <= b.year() ? next.value()
                : b.value().add(next.value().subtract(b.value()).multiply(t.subtract(BigDecimal.valueOf(b.year())), MC)
                        .divide(BigDecimal.valueOf(next.year() - b.year()), MC), MC);
        if (t.compareTo(BigDecimal.valueOf(next.year())) > 0) expected = next.value();
        BigDecimal shortfall = switch (k.direction()) {
            case "increase" -> expected.subtract(a.value());
            case "decrease" -> a.value().subtract(expected);
            default -> a.value().subtract(expected).abs();
        };
        BigDecimal distance = next.value().subtract(b.value()).abs();
        if (distance.signum() == 0) distance = b.value().abs();
        BigDecimal tolerance = distance.multiply(BigDecimal.valueOf(tolerancePercent)).divide(BigDecimal.valueOf(100), MC);
        Status s = shortfall.signum() <= 0 ? Status.ON_TRACK
                : shortfall.compareTo(tolerance) > 0 ? Status.OFF_TRACK : Status.BEHIND;
        int scale = Math.max(Math.max(b.value().scale(), next.value().scale()), a.value().scale()) + 1;
        return Optional.of(new KpiProgress(k, a, next, round(expected, scale), round(shortfall, scale),
                round(tolerance, scale), next.value().subtract(a.value()), s));
    }

    /** A date on the time axis, in years. */
    static BigDecimal time(When w) {
        BigDecimal y = BigDecimal.valueOf(w.year());
        return w.month() == 0 ? y : y.add(BigDecimal.valueOf(w.month() - 1).divide(TWELVE, MC));
    }

    private static BigDecimal round(BigDecimal v, int scale) {
        BigDecimal r = v.setScale(Math.max(scale, 0), RoundingMode.HALF_UP);
        return r.signum() == 0 ? BigDecimal.ZERO : new BigDecimal(r.stripTrailingZeros().toPlainString());
    }
}
