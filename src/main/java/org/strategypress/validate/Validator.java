package org.strategypress.validate;

import org.strategypress.model.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.strategypress.concurrent.DaemonThreads;
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

    /** The rule that parses every text: about half of validating, run beside the others (see {@link #findings}). */
    private static final ValidationRule MARKDOWN = new MarkdownRules();
    /** The other rule that reads the parse of texts ({@code MarkdownDialect.scan}): run once they are parsed. */
    private static final ValidationRule REFERENCES = new ReferenceRules();
    private static final List<ValidationRule> RULES = List.of(new IdAndReferenceRules(), new ChainRules(),
            new CoverageRules(), new TimeRules(), MARKDOWN, REFERENCES,
            new PrioritisationRules(), new FinancingRules(), new DeliveryRules(), new MonitoringRules(), new IllustrativeRules(),
            new TranslationRules());

    private final MarkdownDialect markdown;

    public Validator(MarkdownDialect markdown) {
        this.markdown = markdown;
    }

    /** The problems of a strategy that loaded completely. */
    public List<Diagnostic> validate(Strategy s, Path contentRoot, List<Diagnostic> loadProblems, boolean strict) {
        return validate(s, contentRoot, loadProblems, Set.of(), strict);
    }

    /**
     * The problems of the strategy, cause first: {@code loadProblems} (those met while loading it) get the same
     * treatment, and all are listed in causal order (unreadable files, then schema errors, then references, then the
     * chain and number rules; within each by file and line). A reference to an id, or a rule about an entity, that the
     * unreadable parts mention ({@code unread}) is held back while those errors stand, with one note saying how many.
     */
    public List<Diagnostic> validate(Strategy s, Path contentRoot, List<Diagnostic> loadProblems, Set<String> unread,
                                     boolean strict) {
        List<Diagnostic> found = new ArrayList<>(loadProblems);
        ValidationContext ctx = new ValidationContext(s, markdown, new AssetResolver(contentRoot,
                org.strategypress.assets.ImageLimits.of(s.meta().rules())));
        found.addAll(findings(s, ctx));
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : found) {
            Diagnostic adjusted = adjust(d, s, strict, out);
            if (adjusted != null) out.add(adjusted);
        }
        out.sort(CAUSAL_ORDER);
        return List.copyOf(FollowOn.holdBack(out, unread));
    }

    /**
     * What every rule finds, rule after rule as {@link #RULES} lists them. Parsing the texts is about half of
     * validating: the Markdown rule runs on a thread of its own, which first parses texts from a list it shares with
     * this thread ({@link SharedScans}); this one runs the rules that read no parse, then parses from the same list,
     * then runs the rules that read parses. The dialect remembers each text's parse, so none is parsed twice, and
     * the findings are put back in the order of the rules.
     */
    private static List<Diagnostic> findings(Strategy s, ValidationContext ctx) {
        SharedScans scans = new SharedScans(ctx.markdown, ctx.texts);
        FutureTask<List<Diagnostic>> prose = new FutureTask<>(() -> {
            scans.help();
            List<Diagnostic> found = new ArrayList<>();
            MARKDOWN.check(s, ctx, found);
            return found;
        });
        DaemonThreads.start("press-markdown-rules", prose);
        List<List<Diagnostic>> byRule = new ArrayList<>();
        for (int i = 0; i < RULES.size(); i++) byRule.add(new ArrayList<>());
        for (int i = 0; i < RULES.size(); i++)
            if (RULES.get(i) != MARKDOWN && RULES.get(i) != REFERENCES) RULES.get(i).check(s, ctx, byRule.get(i));
        scans.help();
        REFERENCES.check(s, ctx, byRule.get(RULES.indexOf(REFERENCES)));
        byRule.set(RULES.indexOf(MARKDOWN), resultOf(prose));
        List<Diagnostic> all = new ArrayList<>();
        byRule.forEach(all::addAll);
        return all;
    }

    private static List<Diagnostic> resultOf(FutureTask<List<Diagnostic>> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("validation was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Phase of the rule, then file, line, column and code. */
    static final Comparator<Diagnostic> CAUSAL_ORDER = Comparator.comparing((Diagnostic d) -> d.rule().phase())
            .thenComparing(d -> d.at().file().toString()).thenComparingInt(d -> d.at().line())
            .thenComparingInt(d -> d.at().column()).thenComparing(Diagnostic::code);

    private static Diagnostic adjust(Diagnostic d, Strategy s, boolean strict, List<Diagnostic> out) {
        RuleSetting setting = s.meta().rules().get(d.code());
        Diagnostic result = d;
        if (setting != null && setting.severity() != null) {
            if (d.rule().fixed()) {
                if (setting.severity() != Severity.ERROR && out.stream().noneMatch(x -> x.at().equals(setting.at())))
                    out.add(Rule.BAD_VALUE.at(setting.at(), "rule '" + d.code()
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
