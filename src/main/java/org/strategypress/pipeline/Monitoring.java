package org.strategypress.pipeline;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.strategypress.model.SourcePosition;
import org.strategypress.model.When;
import org.strategypress.monitoring.Progress;
import org.strategypress.monitoring.StatusReport;

/** {@code press status}: the content checked, then its monitoring report as of a date. */
public final class Monitoring {

    /** The check, and the report written in its format (null when the content has errors); {@code offTrack}: any KPI off track. */
    public record Outcome(CheckResult check, String report, boolean offTrack) {
    }

    private Monitoring() {
    }

    /** True for {@code YYYY-MM}. */
    public static boolean isMonth(String s) {
        return s != null && s.matches("\\d{4}-(0[1-9]|1[0-2])");
    }

    /**
     * The report of the content at {@code content} as of {@code asOf} ({@code YYYY-MM}; null: strategy.yaml's
     * {@code as_of}, else this month).
     */
    public static Outcome status(Pipeline pipeline, Path content, String asOf, StatusFormat format) {
        CheckResult c = pipeline.check(content, false);
        if (c.hasErrors()) return new Outcome(c, null, false);
        YearMonth today = YearMonth.now(ZoneOffset.UTC);
        Progress base = Progress.of(c.strategy().meta(), today);
        Progress p = asOf == null ? base : new Progress(new When(Integer.parseInt(asOf.substring(0, 4)),
                Integer.parseInt(asOf.substring(5)), SourcePosition.of(Path.of("--as-of"))), base.tolerancePercent());
        StatusReport r = StatusReport.of(c.strategy(), p);
        return new Outcome(c, format.write(r), r.anyOffTrack());
    }
}
