package org.strategypress.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.strategypress.markdown.AssetResolver;
import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Severity;
import org.strategypress.model.Strategy;
import org.strategypress.model.StrategyMeta.RuleSetting;

/**
 * Runs every rule over a loaded strategy and returns all problems, with the writer's severity overrides
 * from {@code rules:} and {@code --strict} applied, sorted by file and line.
 */
public final class Validator {

    /** Codes of the loader: their severity cannot be changed, the content is unreadable without them. */
    static final Set<String> FIXED = Set.of("yaml-syntax", "unknown-kind", "unknown-field", "missing-field", "bad-type",
            "bad-value", "bad-id", "missing-file", "bad-module");

    private static final List<ValidationRule> RULES = List.of(new IdAndReferenceRules(), new ChainRules(),
            new CoverageRules(), new TimeRules(), new MarkdownRules());

    private final MarkdownDialect markdown;

    public Validator(MarkdownDialect markdown) {
        this.markdown = markdown;
    }

    /** The problems of the strategy. {@code loadProblems} are those met while loading it, which get the same treatment. */
    public List<Diagnostic> validate(Strategy s, Path contentRoot, List<Diagnostic> loadProblems, boolean strict) {
        List<Diagnostic> found = new ArrayList<>(loadProblems);
        ValidationContext ctx = new ValidationContext(s, markdown, new AssetResolver(contentRoot,
                org.strategypress.assets.ImageLimits.of(s.meta().rules())));
        for (ValidationRule r : RULES) r.check(s, ctx, found);
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : found) {
            Diagnostic adjusted = adjust(d, s, strict, out);
            if (adjusted != null) out.add(adjusted);
        }
        out.sort(Comparator.comparing((Diagnostic d) -> d.at().file().toString()).thenComparingInt(d -> d.at().line())
                .thenComparingInt(d -> d.at().column()).thenComparing(Diagnostic::code));
        return List.copyOf(out);
    }

    private static Diagnostic adjust(Diagnostic d, Strategy s, boolean strict, List<Diagnostic> out) {
        RuleSetting setting = s.meta().rules().get(d.code());
        Diagnostic result = d;
        if (setting != null && setting.severity() != null) {
            if (FIXED.contains(d.code())) {
                if (setting.severity() != Severity.ERROR && out.stream().noneMatch(x -> x.at().equals(setting.at())))
                    out.add(Diagnostic.error("bad-value", setting.at(), "rule '" + d.code()
                            + "' reports unreadable content and is always an error"));
            } else {
                result = d.withSeverity(setting.severity());
            }
        }
        if (result.severity() == Severity.OFF) return null;
        if (strict && result.severity() == Severity.WARNING) result = result.withSeverity(Severity.ERROR);
        return result;
    }
}
