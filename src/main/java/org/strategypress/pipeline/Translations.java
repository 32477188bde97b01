package org.strategypress.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.strategypress.load.LoadResult;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Rule;
import org.strategypress.model.SourcePosition;
import org.strategypress.translate.TranslationStatus;
import org.strategypress.translate.XliffExport;
import org.strategypress.translate.XliffImport;

/**
 * {@code press translations}: how far each language's translation is, and the XLIFF round trip of what is left to
 * translate, reached by the CLI through the pipeline. A content that cannot be read completely gives its errors
 * instead of a report, an export or an import that would miss texts.
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

    /** What an export or an import did: a line for the writer, and the problems met. */
    public record Exchange(String summary, List<Diagnostic> problems) {
        public Exchange {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.stream().noneMatch(Diagnostic::isError);
        }
    }

    private Translations() {
    }

    /**
     * {@code press translations --export xliff FILE}: the texts and chapters still to translate into {@code language}
     * (null: the first language after the source) as XLIFF 2.0.
     */
    public static Exchange exportXliff(Pipeline pipeline, Path content, String language, Path file) {
        LoadResult loaded = pipeline.load(content);
        List<Diagnostic> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) return new Exchange(null, errors);
        var meta = loaded.strategy().meta();
        String lang = language != null ? language : meta.translations().isEmpty() ? null : meta.translations().get(0);
        if (lang == null || !meta.translations().contains(lang))
            return new Exchange(null, List.of(Rule.XLIFF.at(meta.at(), lang == null
                    ? "strategy.yaml lists one language: nothing to translate (write languages: [" + meta.language() + ", az])"
                    : "'" + lang + "' is not one of the languages " + meta.translations() + " that strategy.yaml translates into")));
        String xliff = XliffExport.of(loaded.strategy(), content, lang);
        try {
            Files.writeString(file, xliff, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Exchange(null, List.of(Rule.OUTPUT.at(SourcePosition.of(file), "cannot write: " + e.getMessage())));
        }
        long units = xliff.lines().filter(l -> l.startsWith("  <unit ")).count();
        return new Exchange(units + " texts and chapters to translate into " + lang + " written to " + file, List.of());
    }

    /** {@code press translations --import FILE}: writes the translations of an XLIFF file into the content. */
    public static Exchange importXliff(Pipeline pipeline, Path content, Path file) {
        LoadResult loaded = pipeline.load(content);
        List<Diagnostic> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) return new Exchange(null, errors);
        XliffImport.Result r = XliffImport.apply(loaded.strategy(), content, file);
        return new Exchange(r.applied() + " translations written into " + r.changed().size() + " files", r.problems());
    }

    /** The status of every language of the strategy under {@code content} but its source, in {@code format}. */
    public static Report report(Pipeline pipeline, Path content, TranslationsFormat format) {
        LoadResult loaded = pipeline.load(content);
        List<Diagnostic> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) return new Report(null, errors);
        return new Report(format.write(TranslationStatus.of(loaded.strategy())), List.of());
    }
}
