package org.strategypress.pipeline;

import java.util.function.Function;

import org.strategypress.monitoring.StatusReport;
import org.strategypress.monitoring.StatusReportWriter;

/** How {@code press status} writes: text for a terminal, Markdown, or JSON. */
public enum StatusFormat {
    TEXT(StatusReportWriter::text),
    MARKDOWN(StatusReportWriter::markdown),
    JSON(StatusReportWriter::json);

    private final Function<StatusReport, String> writer;

    StatusFormat(Function<StatusReport, String> writer) {
        this.writer = writer;
    }

    String write(StatusReport r) {
        return writer.apply(r);
    }
}
