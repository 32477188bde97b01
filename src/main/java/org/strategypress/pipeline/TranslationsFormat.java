package org.strategypress.pipeline;

import java.util.function.Function;

import org.strategypress.translate.StatusReport;
import org.strategypress.translate.TranslationStatus;

/** How {@code press translations} writes its report: text for a terminal, JSON, or CSV. */
public enum TranslationsFormat {
    TEXT(StatusReport::text),
    JSON(StatusReport::json),
    CSV(StatusReport::csv);

    private final Function<TranslationStatus, String> writer;

    TranslationsFormat(Function<TranslationStatus, String> writer) {
        this.writer = writer;
    }

    String write(TranslationStatus s) {
        return writer.apply(s);
    }
}
