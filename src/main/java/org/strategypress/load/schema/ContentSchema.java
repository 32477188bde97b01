package org.strategypress.load.schema;

import static org.strategypress.load.schema.FieldSpec.of;
import static org.strategypress.load.schema.FieldType.*;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The content model as data: every kind and field writers may use. The loader checks YAML against it, the
 * JSON Schemas and the authoring documentation are generated from it, so the three cannot drift.
 * Fields marked "(extension)" go beyond the content-model spec.
 */
public final class ContentSchema {

    /** The id pattern of the content model. */
    public static final Pattern ID_PATTERN = Pattern.compile("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$");

    private static final String[] LEVELS = {"high", "medium", "low"};

    private static FieldSpec measure(String name, String doc) {
        return of(name, OBJECT, doc).with(
                of("value", NUMBER, "the value").mandatory(),
                of("year", YEAR, "the year of the value").mandatory());
    }

    private static final FieldSpec ILLUSTRATIVE = of("illustrative", BOOL,
            "true when a value is not from a cited source; shown as illustrative");
    private static final FieldSpec UNVERIFIED = of("unverified", TEXT,
            "(extension) what about the source is uncertain; shown beside the value");

    /** strategy.yaml. */
    public static final KindSpec STRATEGY = new KindSpec("strategy", 0, false, "document metadata (strategy.yaml)", List.of(
            of("title", TEXT, "document title").mandatory(),
            of("subtitle", TEXT, "subtitle on the cover"),
            of("country", TEXT, "the country").mandatory(),
            of("language", STRING, "BCP 47 language tag of the content, default en"),
            of("status", ENUM, "draft, consultation or final; anything but final marks every page DRAFT")
                    .oneOf("draft", "consultation", "final").mandatory(),
            of("version", STRING, "version shown on the document; default derived from git"),
            of("horizon", OBJECT, "the strategy period").mandatory().with(
                    of("from", YEAR, "first year").mandatory(),
                    of("to", YEAR, "last year").mandatory()),
            of("framework", OBJECT, "(extension) the national reference framework the strategy aligns with").with(
                    of("title", TEXT, "its full name").mandatory(),
                    of("short", TEXT, "its short name, for headings such as \"Vision 2030 national targets\"; default the full name")),
            of("prepared_by", TEXT_LIST, "who prepared the document"),
            of("rules", MAP, "per-rule severity overrides (error, warning, info, off) and thresholds such as min_benchmarks"),
            of("page_size", ENUM, "(extension) paper size of the PDF, default A4").oneOf("A4", "Letter")));

    /** The entity kinds, in the order documents present them. */
    public static final List<KindSpec> KINDS = List.of(
            new KindSpec("stakeholders", 0, true, "ministries, agencies and other bodies", List.of(
                    of("id", ID, "unique id").mandatory(),
                    of("name", TEXT, "official name").mandatory(),
                    of("short", TEXT, "short name or acronym"),
                    of("type", ENUM, "kind of body").oneOf("ministry", "agency", "regulator", "central-bank",
                            "state-company", "private", "international", "other"),
                    of("role", TEXT, "(extension) its role in the strategy and its governance"))),
            new KindSpec("pillars", 0, true, "the strategy's pillars", List.of(
                    of("id", ID, "unique id").mandatory(),
                    of("title", TEXT, "title").mandatory(),
                    of("summary", MARKDOWN, "what the pillar covers"))),
            new KindSpec("priorities", 0, true, "national priorities of the reference framework", List.of(
                    of("id", ID, "unique id").mandatory(),
                    of("title", TEXT, "title").mandatory())),
            new KindSpec("national_targets", 0, true, "measurable national targets under a priority", List.of(
                    of("id", ID, "unique id").mandatory(),
                    of("priority", REF, "the priority it serves").refersTo("priorities").mandatory(),
                    of("title", TEXT, "title").mandatory(),
                    of("indicator", TEXT, "what is measured"),
                    of("unit", TEXT, "unit of the values"),
                    measure("baseline", "value before the strategy"),
                    measure("target", "value to reach"),
                    of("source", TEXT, "where the figures come from"),
                    ILLUSTRATIVE, UNVERIFIED)),
            new KindSpec("assessments", 1, false, "as-is assessment of one pillar", List.of(
                    of("pillar", REF, "the pillar assessed").refersTo("pillars").mandatory(),
                    of("maturity", NUMBER, "maturity from 1.0 to 5.0").range(1.0, 5.0).mandatory(),
                    of("maturity_basis", TEXT, "(extension) how the maturity score was judged"),
                    of("summary", MARKDOWN, "the assessment in brief").mandatory(),
                    of("strengths", TEXT_LIST, "strengths"),
                    of("challenges", TEXT_LIST, "challenges"),
                    of("opportunities", TEXT_LIST, "opportunities"),
                    of("enabling_environment", OBJECT, "institutional, legal and regulatory environment").with(
                            of("institutional", MARKDOWN, "institutions"),
                            of("legal", MARKDOWN, "laws"),
                            of("regulatory", MARKDOWN, "regulation")),
                    of("stakeholders", REF_LIST, "stakeholders consulted").refersTo("stakeholders"),
                    of("assets", TEXT_LIST, "assets the pillar can build on"),
                    of("data_governance", MARKDOWN, "data governance in this pillar"))),
            new KindSpec("trends", 2, true, "global trends", List.of(
                    of("id", ID, "unique id").mandatory(),
                    of("title", TEXT, "title").mandatory(),
                    of("summary", MARKDOWN, "the trend and its impact").mandatory(),
                    of("sources", TEXT_LIST, "(extension) sources"))),
            new KindSpec("benchmarks", 2, true, "international examples", List.of(
                    of("id", ID, "unique id").mandatory(),
                    of("country", TEXT, "country").mandatory(),
                    of("title", TEXT, "title").mandatory(),
                    of("summary", MARKDOWN, "the example in brief").mandatory(),
                    of("practices", TEXT_LIST, "best practices"),
                    of("lessons", TEXT_LIST, "lessons for the home country"),
                    of("pillars", REF_LIST, "pillars it informs").refersTo("pillars"),
                    of("metrics", OBJECT_LIST, "figures compared with the home country").with(
                            of("name", TEXT, "what is measured").mandatory(),
                            of("unit", TEXT, "unit"),
                            of("value", NUMBER, "the benchmark country's value").mandatory(),
                            of("home_value", NUMBER, "the home country's value"),
                            of("year", YEAR, "year of the values"),
                            of("source", TEXT, "source"),
                            ILLUSTRATIVE, UNVERIFIED),
                    of("sources", TEXT_LIST, "(extension) sources"))),
            new KindSpec("visions", 3, false, "to-be vision of one pillar", List.of(
                    of("pillar", REF, "the pillar").refersTo("pillars").mandatory(),
                    of("statement", MARKDOWN, "the vision statement").mandatory(),
                    of("outcomes", TEXT_LIST, "expected outcomes"))),
            new KindSpec("gaps", 3, true, "gaps between as-is and to-be", List.of(
                    of("id", ID, "unique id").mandatory(),
                    of("pillar", REF, "the pillar").refersTo("pillars").mandatory(),
                    of("title", TEXT, "title").mandatory(),
                    of("as_is", MARKDOWN, "the situation today").mandatory(),
                    of("to_be", MARKDOWN, "the situation aimed for").mandatory(),
                    of("severity", ENUM, "how severe").oneOf(LEVELS))),
            new KindSpec("objectives", 3, true, "strategic objectives", List.of(
                    of("id", ID, "unique id").mandatory(),
                    of("title", TEXT, "title").mandatory(),
                    of("pillar", REF, "the pillar").refersTo("pillars"),
                    of("contributes_to", REF_LIST, "national targets served").refersTo("national_targets"))),
            new KindSpec("initiatives", 4, true, "roadmap initiatives", List.of(
                    of("id", ID, "unique id").mandatory(),
                    of("title", TEXT, "title").mandatory(),
                    of("pillar", REF, "the pillar").refersTo("pillars").mandatory(),
                    of("addresses", REF_LIST, "gaps it closes").refersTo("gaps").mandatory(),
                    of("owner", REF, "accountable stakeholder").refersTo("stakeholders").mandatory(),
                    of("partners", REF_LIST, "partner stakeholders").refersTo("stakeholders"),
                    of("objectives", REF_LIST, "objectives served").refersTo("objectives"),
                    of("horizon", ENUM, "short, medium or long term").oneOf("short", "medium", "long"),
                    of("start", WHEN, "start, YYYY or YYYY-MM").mandatory(),
                    of("end", WHEN, "end, YYYY or YYYY-MM").mandatory(),
                    of("priority", ENUM, "priority").oneOf(LEVELS),
                    of("milestones", OBJECT_LIST, "dated steps").with(
                            of("id", ID, "unique id").mandatory(),
                            of("title", TEXT, "title").mandatory(),
                            of("due", WHEN, "due date, YYYY or YYYY-MM").mandatory()),
                    of("description", MARKDOWN, "what the initiative does"))),
            new KindSpec("kpis", 4, true, "key performance indicators", List.of(
                    of("id", ID, "unique id").mandatory(),
                    of("title", TEXT, "title").mandatory(),
                    of("measures", REF_LIST, "initiatives it measures").refersTo("initiatives").mandatory(),
                    of("contributes_to", REF_LIST, "national targets it serves").refersTo("national_targets").mandatory(),
                    of("unit", TEXT, "unit").mandatory(),
                    of("direction", ENUM, "which way is better").oneOf("increase", "decrease", "maintain").mandatory(),
                    measure("baseline", "value at the start").mandatory(),
                    of("targets", OBJECT_LIST, "the KPI's own yearly targets").mandatory().with(
                            of("year", YEAR, "year").mandatory(),
                            of("value", NUMBER, "value").mandatory()),
                    of("owner", REF, "who reports it").refersTo("stakeholders").mandatory(),
                    of("source", TEXT, "data source"),
                    of("frequency", TEXT, "how often it is measured"),
                    ILLUSTRATIVE, UNVERIFIED)),
            new KindSpec("principles", 4, true, "implementation principles", List.of(
                    of("id", ID, "unique id").mandatory(),
                    of("title", TEXT, "title").mandatory(),
                    of("text", MARKDOWN, "the principle").mandatory())),
            new KindSpec("artifacts", 4, true, "implementation artifacts", List.of(
                    of("id", ID, "unique id").mandatory(),
                    of("kind", ENUM, "tool, template, playbook or guideline")
                            .oneOf("tool", "template", "playbook", "guideline").mandatory(),
                    of("title", TEXT, "title").mandatory(),
                    of("supports", REF_LIST, "initiatives it supports").refersTo("initiatives"))),
            new KindSpec("risks", 4, true, "implementation risks", List.of(
                    of("id", ID, "unique id").mandatory(),
                    of("title", TEXT, "title").mandatory(),
                    of("likelihood", ENUM, "likelihood").oneOf(LEVELS),
                    of("impact", ENUM, "impact").oneOf(LEVELS),
                    of("mitigated_by", REF_LIST, "initiatives that mitigate it").refersTo("initiatives"))));

    /** Front matter of a Markdown chapter. */
    public static final KindSpec CHAPTER = new KindSpec("chapter", 0, false, "chapter front matter", List.of(
            of("title", STRING, "chapter title; default its first heading"),
            of("order", NUMBER, "position in the module; default the file-name order")));

    private ContentSchema() {
    }

    /** The kind with this YAML key. */
    public static Optional<KindSpec> kind(String name) {
        return KINDS.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    public static List<String> kindNames() {
        return KINDS.stream().map(KindSpec::name).toList();
    }
}
