package org.strategypress.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.strategypress.load.ContentLoader;
import org.strategypress.load.LoadResult;
import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.model.Diagnostic;
import org.strategypress.validate.Validator;

/**
 * The one way into strategy-press: load, then validate, then render. Expensive parts (the Markdown
 * dialect, template configuration, fonts) are built once per Pipeline and reused for every build.
 */
public final class Pipeline {

    private final ContentLoader loader = new ContentLoader();
    private final MarkdownDialect markdown = new MarkdownDialect();
    private final Validator validator = new Validator(markdown);

    /** Loads and validates the content under {@code content}. */
    public CheckResult check(Path content, boolean strict) {
        LoadResult loaded = loader.load(content);
        List<Diagnostic> all = validator.validate(loaded.strategy(), content, loaded.diagnostics(), strict);
        return new CheckResult(loaded.strategy(), all);
    }

    /** The Markdown dialect this pipeline renders with. */
    public MarkdownDialect markdown() {
        return markdown;
    }
}
