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
            of("prepared_by", TEXT_LIST, "who prepared the document"),
            of("rules", MAP, "per-rule severity overrides (error, warning, info, off) and thresholds such as min_benchmarks"),
            of("page_size", ENUM, "(extension) paper size of the PDF, default A4").oneOf("A4", "Letter")));

    /** Front matter of a Markdown chapter. */
    public static final KindSpec CHAPTER = new KindSpec("chapter", 0, false, "chapter front matter", List.of(
            of("title", STRING, "chapter title; default its first heading"),
            of("order", NUMBER, "position in the module; default the file-name order"),
            of("source", STRING, "in a translation (name.<lang>.md): the fingerprint of the source chapter it was translated from, as press translations prints it"),
            of("translation", ENUM, "in a translation: machine (made by a machine, to be checked by a native speaker) or human")
                    .oneOf("machine", "human")));

    private ContentSchema() {
    }

    /** The entity kinds, in the order documents present them: the registry's list. */
    public static List<Kind<?>> kinds() {
        return Kinds.ALL;
    }
}
