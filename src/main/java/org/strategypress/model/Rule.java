package org.strategypress.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every diagnostic the tool reports comes from one of these rules: its stable code, its default severity, whether
 * a writer may change that severity in {@code rules:} (the loader's codes report unreadable content and stay
 * errors), and a one-line description. The authoring guide's table, SARIF's {@code rules}, the {@code rules:}
 * overrides and the did-you-mean over codes all read this list.
 */
public enum Rule {
    YAML_SYNTAX("yaml-syntax", Severity.ERROR, true, Phase.READ,
            "malformed YAML, duplicate keys, tabs, several documents, custom tags, bad encoding, file too large"),
    UNKNOWN_KIND("unknown-kind", Severity.ERROR, true, Phase.SCHEMA,
            "a top-level key that is not an entity kind"),
    UNKNOWN_FIELD("unknown-field", Severity.ERROR, true, Phase.SCHEMA,
            "a field the kind does not have"),
    MISSING_FIELD("missing-field", Severity.ERROR, true, Phase.SCHEMA,
            "a required field is absent"),
    BAD_TYPE("bad-type", Severity.ERROR, true, Phase.SCHEMA,
            "a value of the wrong type"),
    BAD_VALUE("bad-value", Severity.ERROR, true, Phase.SCHEMA,
            "a value outside its allowed words or range"),
    BAD_ID("bad-id", Severity.ERROR, true, Phase.SCHEMA,
            "an id that does not match the id pattern"),
    DUPLICATE_ID("duplicate-id", Severity.ERROR, false, Phase.REFERENCE,
            "the same id declared twice; both places are named"),
    DANGLING_REF("dangling-ref", Severity.ERROR, false, Phase.REFERENCE,
            "a reference to an unknown id or to an id of the wrong kind"),
    GAP_UNADDRESSED("gap-unaddressed", Severity.ERROR, false, Phase.RULE,
            "a gap no initiative addresses"),
    INITIATIVE_UNMEASURED("initiative-unmeasured", Severity.ERROR, false, Phase.RULE,
            "an initiative no KPI measures"),
    KPI_UNALIGNED("kpi-unaligned", Severity.ERROR, false, Phase.RULE,
            "a KPI that contributes to no national target"),
    TARGET_UNCOVERED("target-uncovered", Severity.WARNING, false, Phase.RULE,
            "a national target no KPI contributes to"),
    PILLAR_INCOMPLETE("pillar-incomplete", Severity.ERROR, false, Phase.RULE,
            "a pillar without exactly one assessment and one vision"),
    TOO_FEW_BENCHMARKS("too-few-benchmarks", Severity.ERROR, false, Phase.RULE,
            "fewer benchmarks than rules.min_benchmarks (default 4)"),
    YEAR_ORDER("year-order", Severity.ERROR, false, Phase.RULE,
            "baseline after a target year, start after end, milestone outside its initiative"),
    OUT_OF_HORIZON("out-of-horizon", Severity.ERROR, false, Phase.RULE,
            "a KPI target, initiative start or end, or milestone outside the horizon"),
    DIRECTION_MISMATCH("direction-mismatch", Severity.ERROR, false, Phase.RULE,
            "final KPI target not above, below or equal to the baseline as its direction says"),
    BROKEN_LINK("broken-link", Severity.ERROR, false, Phase.REFERENCE,
            "[[ID]] to an unknown id, a missing image, a link or image leaving the content root"),
    UNUSED_STAKEHOLDER("unused-stakeholder", Severity.INFO, false, Phase.RULE,
            "a stakeholder nothing refers to"),
    WEIGHTS_SUM("weights-sum", Severity.ERROR, false, Phase.RULE,
            "prioritisation weights that do not sum to 100"),
    SCORE_MISSING("score-missing", Severity.ERROR, false, Phase.RULE,
            "an initiative not scored on every criterion once any is scored, a score on no criterion, or a score outside the scale"),
    QUICK_WIN_LATE("quick-win-late", Severity.WARNING, false, Phase.RULE,
            "a quick win ending later than rules.quick_win_years (default 2) after the horizon's start"),
    PRIORITY_RANK("priority-rank", Severity.INFO, false, Phase.RULE,
            "a stated priority that disagrees with the rank the weighted scores give (top third high, bottom third low)"),
    FUNDING_EXCEEDS_COST("funding-exceeds-cost", Severity.ERROR, false, Phase.RULE,
            "an initiative's funding above its cost"),
    FUNDING_GAP("funding-gap", Severity.WARNING, false, Phase.RULE,
            "a high-priority initiative with more than half its cost sought or not funded"),
    COST_OUT_OF_HORIZON("cost-out-of-horizon", Severity.ERROR, false, Phase.RULE,
            "a cost year outside the horizon"),
    BODY_CYCLE("body-cycle", Severity.ERROR, false, Phase.RULE,
            "governance bodies whose reports_to lines form a cycle"),
    MILESTONE_STATUS("milestone-status", Severity.ERROR, false, Phase.RULE,
            "a done milestone without a done date or dated after as_of, or a planned one already past due"),
    RISK_UNMITIGATED("risk-unmitigated", Severity.ERROR, false, Phase.RULE,
            "a risk of high likelihood and high impact that no initiative mitigates"),
    REFERENCE_UNUSED("reference-unused", Severity.INFO, false, Phase.RULE,
            "a reference nothing cites"),
    SOURCE_UNLINKED("source-unlinked", Severity.INFO, false, Phase.RULE,
            "a free-text source where a reference could be cited"),
    MISSING_FILE("missing-file", Severity.ERROR, true, Phase.READ,
            "(extension) strategy.yaml or the content folder is missing"),
    BAD_MODULE("bad-module", Severity.ERROR, true, Phase.READ,
            "(extension) a folder under modules/ not named <N>-<slug>, or an empty module"),
    UNKNOWN_DIRECTIVE("unknown-directive", Severity.ERROR, false, Phase.REFERENCE,
            "(extension) a {{block}} directive that does not exist, or with bad arguments"),
    MARKDOWN_LIMIT("markdown-limit", Severity.ERROR, false, Phase.READ,
            "(extension) Markdown nested deeper than 48 levels of block quotes or lists"),
    PDF_GLYPH("pdf-glyph", Severity.ERROR, false, Phase.OUTPUT,
            "(extension) a character no shipped font can draw (the PDF would show '#')"),
    UNSAFE_MARKDOWN("unsafe-markdown", Severity.WARNING, false, Phase.RULE,
            "(extension) raw HTML or a script link in Markdown, escaped or removed"),
    IMAGE_TOO_LARGE("image-too-large", Severity.ERROR, false, Phase.REFERENCE,
            "(extension) an image over rules.max_image_megapixels (default 40) or rules.max_image_mb (default 20), read from its header"),
    IMAGE_INVALID("image-invalid", Severity.ERROR, false, Phase.REFERENCE,
            "(extension) an image that is not what its name says, truncated, corrupt, of a kind the PDF cannot draw, or an SVG that cannot be parsed safely"),
    SVG_SANITISED("svg-sanitised", Severity.WARNING, false, Phase.REFERENCE,
            "(extension) an SVG copied without its scripts, event attributes, foreignObject, external references or DOCTYPE"),
    TEMPLATE_ERROR("template-error", Severity.ERROR, false, Phase.OUTPUT,
            "(extension) a template that cannot be read, parsed or run; reported at the template's name and line"),
    OUTPUT("output", Severity.ERROR, false, Phase.OUTPUT,
            "(extension) the output folder or a file in it cannot be written"),
    DEADLINE("deadline", Severity.ERROR, false, Phase.OUTPUT,
            "(extension) a stage (load, validate, render, pdf) ran longer than --deadline-seconds"),
    MESSAGE_MISSING("message-missing", Severity.ERROR, false, Phase.OUTPUT,
            "(extension) a template asks for a message its language's bundle (templates/i18n/messages_<lang>.properties) lacks"),
    MESSAGE_BUNDLE("message-bundle", Severity.ERROR, false, Phase.OUTPUT,
            "(extension) a message bundle that is missing for a language, unreadable, not UTF-8 or with a malformed pattern"),
    MESSAGE_ARGUMENTS("message-arguments", Severity.ERROR, false, Phase.OUTPUT,
            "(extension) a template gives a message more or fewer arguments than its pattern takes"),
    PDF_ENGINE("pdf-engine", Severity.WARNING, false, Phase.OUTPUT,
            "(extension) the PDF engine could not read or draw something (an image, a resource, a style); an error when a file is missing"),
    PDF_RESOURCE("pdf-resource", Severity.ERROR, false, Phase.OUTPUT,
            "(extension) the PDF engine was refused a resource outside the build (a remote URL, a file outside the content)"),
    OBJECTIVE_UNMEASURED("objective-unmeasured", Severity.WARNING, false, Phase.RULE,
            "an objective without an outcome-level KPI"),
    ACTUAL_FUTURE("actual-future", Severity.ERROR, false, Phase.RULE,
            "a KPI actual dated after as_of"),
    KPI_OFF_TRACK("kpi-off-track", Severity.WARNING, false, Phase.RULE,
            "the latest actual behind the straight line from baseline to the next target by more than rules.off_track_tolerance (default 10 % of the distance)"),
    ILLUSTRATIVE_UNMARKED("illustrative-unmarked", Severity.INFO, false, Phase.RULE,
            "(in a strategy that marks any value illustrative) a number in a value field with neither a source nor an illustrative mark"),
    FOLLOW_ON("follow-on", Severity.INFO, false, Phase.RULE,
            "(extension) how many further problems were held back because they may follow from the errors listed first"),
    DATA("data", Severity.ERROR, false, Phase.OUTPUT,
            "(extension) the data exports cannot be written"),
    REVIEW_COMMENT("review-comment", Severity.INFO, false, Phase.REVIEW,
            "(extension) a reviewer's comment on the review copy or the Word copy (press comments), at the source of its paragraph"),
    REVIEW_CHANGE("review-change", Severity.INFO, false, Phase.REVIEW,
            "(extension) a reviewer's tracked insertion or deletion in the Word copy (press comments), at the source of its paragraph"),
    REVIEW_FILE("review-file", Severity.ERROR, false, Phase.REVIEW,
            "(extension) a reviewed PDF or Word file that cannot be read safely: damaged, encrypted, too large, too deep, or too slow"),
    TRANSLATION_MISSING("translation-missing", Severity.WARNING, false, Phase.RULE,
            "a text, or a chapter, without a value in one of languages (an error under --strict and when status is final)"),
    TRANSLATION_OUTDATED("translation-outdated", Severity.WARNING, false, Phase.RULE,
            "a translated chapter whose source: fingerprint no longer matches its source chapter, or that has none"),
    TRANSLATION_STRUCTURE("translation-structure", Severity.ERROR, false, Phase.REFERENCE,
            "a translated chapter whose headings, [[ID]] links or {{block}} directives differ from its source"),
    XLIFF("xliff", Severity.ERROR, true, Phase.READ,
            "(extension) an XLIFF file that press translations --import cannot read, or a unit it cannot apply");

    /**
     * Where a problem comes from, in causal order: a file that cannot be read hides its entities, an entity that does
     * not fit the schema is dropped, a reference to a dropped id dangles, and chain rules then miss links. Diagnostics
     * are listed in this order, so the cause comes first.
     */
    public enum Phase {
        /** A file or folder that cannot be read or parsed. */
        READ,
        /** A value that does not fit the content model. */
        SCHEMA,
        /** Ids, references and links between entities and chapters. */
        REFERENCE,
        /** The results chain, numbers, dates and coverage. */
        RULE,
        /** Templates, the PDF engine and the output folder. */
        OUTPUT,
        /** Reviewers' comments read back from a reviewed PDF or Word file. */
        REVIEW
    }

    /** Settings in {@code rules:} that are thresholds rather than codes. */
    public static final List<String> THRESHOLDS = List.of("min_benchmarks", "max_image_megapixels", "max_image_mb", "quick_win_years",
            "off_track_tolerance");

    private final String code;
    private final Severity defaultSeverity;
    private final boolean fixed;
    private final Phase phase;
    private final String description;

    Rule(String code, Severity defaultSeverity, boolean fixed, Phase phase, String description) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
        this.fixed = fixed;
        this.phase = phase;
        this.description = description;
    }

    /** Where in the causal order its problems stand. */
    public Phase phase() {
        return phase;
    }

    /** The stable code printed in brackets, such as {@code dangling-ref}. */
    public String code() {
        return code;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** True when {@code rules:} cannot change the severity. */
    public boolean fixed() {
        return fixed;
    }

    public String description() {
        return description;
    }

    /** A diagnostic of this rule at its default severity. */
    public Diagnostic at(SourcePosition at, String message) {
        return new Diagnostic(defaultSeverity, this, message, at);
    }

    /** A diagnostic of this rule as an error, whatever its default (a file the engine needed is missing). */
    public Diagnostic error(SourcePosition at, String message) {
        return new Diagnostic(Severity.ERROR, this, message, at);
    }

    /** The rule with this code. */
    public static Optional<Rule> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** Every code, in catalog order. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Rule::code).toList();
    }
}
