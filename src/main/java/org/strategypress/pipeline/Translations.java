package org.strategypress.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.strategypress.load.LoadResult;
import org.strategypress.model.Diagnostic;
import org.strategypress.translate.TranslationStatus;

/**
 * {@code press translations}: how far each language's translation is, reached by the CLI through the pipeline. A
 * content that cannot be read completely gives its errors instead of a report that would miss texts.
 */
public final class Translations {

    /** The report, or the errors that keep it from being made ({@code report} then null). */
    public record Report(String report, List<Diagnostic> problems) {
        public Report {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return report != null;
        }
    }

    private Translations() {
    }

    /** The status of every language of the strategy under {@code content} but its source, in {@code format}. */
    public static Report report(Pipeline pipeline, Path content, TranslationsFormat format) {
        LoadResult loaded = pipeline.load(content);
        List<Diagnostic> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) return new Report(null, errors);
        return new Report(format.write(TranslationStatus.of(loaded.strategy())), List.of());
    }
}
