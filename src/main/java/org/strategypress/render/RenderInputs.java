package org.strategypress.render;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.strategypress.model.StrategyDiff;
import org.strategypress.model.Strategy;

/**
 * What every output is made from: the validated strategy, where it came from, and which draft it is;
 * {@code changes} is what changed since an earlier version, or null when none was asked for; {@code warnings}
 * is how many warnings and notes the validation passed (a rendered strategy has no errors). {@code language} is the
 * language this output is written in, {@code editions} every language the build renders (the source language first):
 * with more than one, each language's site goes to {@code html/<language>/} and its PDF is named
 * {@code strategy-<version>-<language>.pdf}; with one, the layout is that of a single-language strategy.
 */
public record RenderInputs(Strategy strategy, Path contentRoot, Path templatesRoot, String version, String commit,
                           Instant date, StrategyDiff changes, int warnings, String language, List<String> editions) {

    public RenderInputs {
        editions = List.copyOf(editions);
        if (!editions.contains(language)) throw new IllegalArgumentException(language + " is not one of " + editions);
    }

    /** Inputs of the source language only, as a single-language strategy renders. */
    public RenderInputs(Strategy strategy, Path contentRoot, Path templatesRoot, String version, String commit,
                        Instant date, StrategyDiff changes, int warnings) {
        this(strategy, contentRoot, templatesRoot, version, commit, date, changes, warnings,
                strategy.meta().language(), List.of(strategy.meta().language()));
    }

    /** Inputs of a build that reports no warnings. */
    public RenderInputs(Strategy strategy, Path contentRoot, Path templatesRoot, String version, String commit,
                        Instant date, StrategyDiff changes) {
        this(strategy, contentRoot, templatesRoot, version, commit, date, changes, 0);
    }

    /** The same inputs, written in {@code lang}, one of {@code all} (the languages this build renders). */
    public RenderInputs in(String lang, List<String> all) {
        return new RenderInputs(strategy, contentRoot, templatesRoot, version, commit, date, changes, warnings, lang, all);
    }

    /** True when the build renders more than one language, each into a folder or file of its own. */
    public boolean perLanguage() {
        return editions.size() > 1;
    }

    /** The language the content is written in first, from which the others are translated. */
    public String sourceLanguage() {
        return strategy.meta().language();
    }

    /** The site's folder under the output folder: {@code html}, or {@code html/<language>} per language. */
    public String siteFolder() {
        return perLanguage() ? "html/" + language : "html";
    }

    /** The PDF's file name without extension: strategy-VERSION, with {@code -<language>} per language. */
    public String pdfName() {
        return PrintRenderer.fileName(version) + (perLanguage() ? "-" + language : "");
    }
}
