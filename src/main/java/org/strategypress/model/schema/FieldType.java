package org.strategypress.model.schema;

/** What a field holds, as writers write it in YAML. */
public enum FieldType {
    /** An id matching the id pattern. */
    ID("an id such as KPI-SKILLS-1"),
    /** A plain string. */
    STRING("a string"),
    /** A string, or a mapping from language tag to string. */
    TEXT("text"),
    /** Text that is rendered as Markdown. */
    MARKDOWN("Markdown text"),
    /** A list of text items. */
    TEXT_LIST("a list of text"),
    /** One of a fixed set of words. */
    ENUM("one of the allowed words"),
    /** A number (integer or decimal). */
    NUMBER("a number"),
    /** A four-digit year. */
    YEAR("a year such as 2027"),
    /** {@code YYYY} or {@code YYYY-MM}. */
    WHEN("a year or year-month such as 2027 or \"2027-03\""),
    /** true or false. */
    BOOL("true or false"),
    /** The id of an entity of a given kind. */
    REF("an id"),
    /** A list of ids of a given kind. */
    REF_LIST("a list of ids"),
    /** A mapping with its own fields. */
    OBJECT("a mapping"),
    /** A list of mappings with their own fields. */
    OBJECT_LIST("a list of mappings"),
    /** A mapping from names to values (rules). */
    MAP("a mapping"),
    /** A mapping from names the writer chooses (criterion ids) to numbers: an initiative's scores. */
    NUMBER_MAP("a mapping from names to numbers");

    private final String description;

    FieldType(String description) {
        this.description = description;
    }

    /** How a message names what was expected. */
    public String description() {
        return description;
    }
}
