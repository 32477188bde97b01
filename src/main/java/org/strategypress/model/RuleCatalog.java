package org.strategypress.model;

import java.util.List;
import java.util.Optional;

/** Every diagnostic code the tool reports, its default severity and what it means. */
public final class RuleCatalog {

    /** One rule: its stable code, default severity and a one-line description. */
    public record Rule(String code, Severity defaultSeverity, String description) {
    }

    public static final List<Rule> RULES = List.of(
            new Rule("yaml-syntax", Severity.ERROR, "malformed YAML, duplicate keys, tabs, several documents, custom tags, bad encoding, file too large"),
            new Rule("unknown-kind", Severity.ERROR, "a top-level key that is not an entity kind"),
            new Rule("unknown-field", Severity.ERROR, "a field the kind does not have"),
            new Rule("missing-field", Severity.ERROR, "a required field is absent"),
            new Rule("bad-type", Severity.ERROR, "a value of the wrong type"),
            new Rule("bad-value", Severity.ERROR, "a value outside its allowed words or range"),
            new Rule("bad-id", Severity.ERROR, "an id that does not match the id pattern"),
            new Rule("duplicate-id", Severity.ERROR, "the same id declared twice; both places are named"),
            new Rule("dangling-ref", Severity.ERROR, "a reference to an unknown id or to an id of the wrong kind"),
            new Rule("gap-unaddressed", Severity.ERROR, "a gap no initiative addresses"),
            new Rule("initiative-unmeasured", Severity.ERROR, "an initiative no KPI measures"),
            new Rule("kpi-unaligned", Severity.ERROR, "a KPI that contributes to no national target"),
            new Rule("target-uncovered", Severity.WARNING, "a national target no KPI contributes to"),
            new Rule("pillar-incomplete", Severity.ERROR, "a pillar without exactly one assessment and one vision"),
            new Rule("too-few-benchmarks", Severity.ERROR, "fewer benchmarks than rules.min_benchmarks (default 4)"),
            new Rule("year-order", Severity.ERROR, "baseline after a target year, start after end, milestone outside its initiative"),
            new Rule("out-of-horizon", Severity.ERROR, "a KPI target, initiative start or end, or milestone outside the horizon"),
            new Rule("direction-mismatch", Severity.ERROR, "final KPI target not above, below or equal to the baseline as its direction says"),
            new Rule("broken-link", Severity.ERROR, "[[ID]] to an unknown id, a missing image, a link or image leaving the content root"),
            new Rule("unused-stakeholder", Severity.INFO, "a stakeholder nothing refers to"),
            new Rule("missing-file", Severity.ERROR, "(extension) strategy.yaml or the content folder is missing"),
            new Rule("bad-module", Severity.ERROR, "(extension) a folder under modules/ not named <N>-<slug>, or an empty module"),
            new Rule("unknown-directive", Severity.ERROR, "(extension) a {{block}} directive that does not exist, or with bad arguments"),
            new Rule("markdown-limit", Severity.ERROR, "(extension) Markdown nested deeper than 48 levels of block quotes or lists"),
            new Rule("pdf-glyph", Severity.ERROR, "(extension) a character no shipped font can draw (the PDF would show '#')"),
            new Rule("unsafe-markdown", Severity.WARNING, "(extension) raw HTML or a script link in Markdown, escaped or removed"),
            new Rule("image-too-large", Severity.ERROR, "(extension) an image over rules.max_image_megapixels (default 40) or rules.max_image_mb (default 20), read from its header"),
            new Rule("image-invalid", Severity.ERROR, "(extension) an image that is not what its name says, truncated, corrupt, of a kind the PDF cannot draw, or an SVG that cannot be parsed safely"),
            new Rule("svg-sanitised", Severity.WARNING, "(extension) an SVG copied without its scripts, event attributes, foreignObject, external references or DOCTYPE"));

    /** Settings in {@code rules:} that are thresholds rather than codes. */
    public static final List<String> THRESHOLDS = List.of("min_benchmarks", "max_image_megapixels", "max_image_mb");

    private RuleCatalog() {
    }

    public static Optional<Rule> find(String code) {
        return RULES.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return RULES.stream().map(Rule::code).toList();
    }
}
