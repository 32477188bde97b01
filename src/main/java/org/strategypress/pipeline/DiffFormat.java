package org.strategypress.pipeline;

import org.strategypress.diff.DiffJson;
import org.strategypress.diff.DiffMarkdown;
import org.strategypress.diff.DiffText;
import org.strategypress.model.StrategyDiff;

import java.util.function.Function;

/** How {@code press diff} writes: text for a terminal, Markdown, or JSON. */
public enum DiffFormat {
    TEXT(DiffText::of),
    MARKDOWN(DiffMarkdown::of),
    JSON(DiffJson::of);

    private final Function<StrategyDiff, String> writer;

    DiffFormat(Function<StrategyDiff, String> writer) {
        this.writer = writer;
    }

    public String write(StrategyDiff d) {
        return writer.apply(d);
    }
}
