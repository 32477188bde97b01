package org.strategypress.model.schema;

import static org.strategypress.model.schema.FieldSpec.of;
import static org.strategypress.model.schema.FieldType.*;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The content model as data: strategy.yaml and chapter front matter here, the entity kinds in {@link Kinds}. The loader checks YAML against it, the
 * JSON Schemas and the authoring documentation are generated from it, so the three cannot drift.
 * Fields marked "(extension)" go beyond the content-model spec.
 */
public final class ContentSchema {

    /** The id pattern of the content model. */
    public static final Pattern ID_PATTERN = Pattern.compile("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$");

    /** strategy.yaml. */
    public static final KindSpec STRATEGY = new KindSpec("strategy", 0, false, "document metadata (strategy.yaml)", List.of(
            of("title", TEXT, "document title").mandatory(),
            of("subtitle", TEXT, "subtitle on the cover"),
            of("country", TEXT, "the country").mandatory(),
            of("language", STRING, "BCP 47 language tag of the content, default en"),
            of("languages", TEXT_LIST, "the document's languages as BCP 47 tags, the source language first, e.g. [en, az]: one site and one PDF per language"),
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
            of("page_size", ENUM, "(extension) paper size of the PDF, default A4").oneOf("A4", "Letter"),
            of("currency", OBJECT, "how every amount is expressed").with(
                    of("code", STRING, "ISO 4217 code, e.g. USD").mandatory(),
                    of("scale", ENUM, "one, thousand, million or billion; default one")
                            .oneOf("one", "thousand", "million", "billion")),
            of("as_of", WHEN, "the reporting date of KPI actuals and milestone statuses, YYYY-MM; default the build's date"),
            of("prioritisation", OBJECT, "criteria every initiative is scored on").with(
                    of("criteria", OBJECT_LIST, "the criteria").mandatory().with(
                            of("id", STRING, "criterion id, used as a key of an initiative's scores").mandatory(),
                            of("title", TEXT, "title").mandatory(),
                            of("weight", NUMBER, "weight in percent; the weights sum to 100").mandatory(),
                            of("axis", ENUM, "the priority matrix axis it forms part of").oneOf("x", "y")),
                    of("scale", OBJECT, "the range scores lie in; default 1 to 5").with(
                            of("min", NUMBER, "lowest score").mandatory(),
                            of("max", NUMBER, "highest score").mandatory()),
                    of("quadrants", OBJECT, "the priority matrix's quadrant names, all four; default Quick wins, "
                            + "Transformational, Strategic enablers, Reconsider").with(
                            of("top_right", TEXT, "high on both axes").mandatory(),
                            of("top_left", TEXT, "high up (y), low across (x)").mandatory(),
                            of("bottom_right", TEXT, "low up (y), high across (x)").mandatory(),
                            of("bottom_left", TEXT, "low on both axes").mandatory())),
            of("review_copy", OBJECT, "(extension) how the review copy is made").with(
                    of("layout", ENUM, "pages (default): the archival PDF's own pages with a band added on the right to write in, "
                            + "paragraph numbers and change bars drawn beside them; spaced: the "
                            + "document laid out again with wide margins and 1.9 line spacing (a second layout: slower)")
                            .oneOf("pages", "spaced").mandatory()),
            of("reviews", OBJECT_LIST, "document control: who reviewed which version and what they decided, oldest first").with(
                    of("version", STRING, "the version reviewed").mandatory(),
                    of("date", STRING, "when, YYYY-MM-DD").mandatory(),
                    of("by", TEXT, "the reviewer").mandatory(),
                    of("decision", ENUM, "what they decided").oneOf("comments", "cleared", "approved").mandatory(),
                    of("note", TEXT, "what they said"))));

    /** Front matter of a Markdown chapter. */
    public static final KindSpec CHAPTER = new KindSpec("chapter", 0, false, "chapter front matter", List.of(
            of("title", STRING, "chapter title; default its first heading"),
            of("order", NUMBER, "position in the module; default the file-name order"),
            of("source", STRING, "in a translation (name.<lang>.md): the fingerprint of the source chapter it was translated from, as press translations prints it"),
            of("translation", ENUM, "in a translation: machine (made by a machine, to be checked by a native speaker) or human")
                    .oneOf("machine", "human")));

    private ContentSchema() {
    }

}
