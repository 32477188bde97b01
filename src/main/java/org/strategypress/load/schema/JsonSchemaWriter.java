package org.strategypress.load.schema;

import org.strategypress.model.schema.ContentSchema;
import org.strategypress.model.schema.FieldSpec;
import org.strategypress.model.schema.FieldType;
import org.strategypress.model.schema.Kind;
import org.strategypress.model.schema.Kinds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schemas (draft-07) for editors, written from {@link ContentSchema} so they cannot drift from what the
 * loader accepts: {@code content.schema.json} for entity files and {@code strategy.schema.json} for
 * strategy.yaml. They describe the shape (kinds, fields, types, allowed words, required fields, the id
 * pattern); references between entities and the results chain are left to {@code press validate}.
 */
public final class JsonSchemaWriter {

    /** File name of the schema for entity files. */
    public static final String CONTENT = "content.schema.json";
    /** File name of the schema for strategy.yaml. */
    public static final String STRATEGY = "strategy.schema.json";

    private static final String DRAFT = "http://json-schema.org/draft-07/schema#";
    private static final String LANG = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$";
    private static final String YEAR = "^[0-9]{4}$";
    private static final String WHEN = "^[0-9]{4}(-(0[1-9]|1[0-2]))?$";

    private JsonSchemaWriter() {
    }

    /** Both schemas by file name, as JSON text. */
    public static Map<String, String> schemas() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(CONTENT, org.strategypress.report.Json.text((Object) contentSchema()));
        m.put(STRATEGY, org.strategypress.report.Json.text((Object) strategySchema()));
        return m;
    }

    /** Writes both schemas into {@code dir} (created if needed); returns the files written. */
    public static List<Path> writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> e : schemas().entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
            written.add(f);
        }
        return written;
    }

    static Map<String, Object> contentSchema() {
        Map<String, Object> s = header("strategy-press entity file",
                "A YAML file under content/ other than strategy.yaml: a mapping whose keys are entity kinds, each a list of entities.");
        Map<String, Object> kinds = new LinkedHashMap<>();
        Map<String, Object> definitions = new LinkedHashMap<>();
        for (Kind<?> k : Kinds.ALL) {
            kinds.put(k.key(), map("description", cap(k.doc()) + (k.module() > 0 ? " (module " + k.module() + ")" : ""),
                    "type", "array", "items", map("$ref", "#/definitions/" + k.key())));
            definitions.put(k.key(), object(k.doc(), k.fields()));
        }
        s.put("type", "object");
        s.put("properties", kinds);
        s.put("additionalProperties", false);
        s.put("definitions", definitions);
        return s;
    }

    static Map<String, Object> strategySchema() {
        Map<String, Object> s = header("strategy-press strategy.yaml", "The document's metadata: content/strategy.yaml.");
        s.putAll(object(ContentSchema.STRATEGY.doc(), ContentSchema.STRATEGY.fields()));
        return s;
    }

    private static Map<String, Object> header(String title, String description) {
        return map("$schema", DRAFT, "title", title, "description", description);
    }

    private static Map<String, Object> object(String doc, List<FieldSpec> fields) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (FieldSpec f : fields) props.put(f.name(), field(f));
        Map<String, Object> o = map("description", doc, "type", "object", "properties", props);
        List<String> required = fields.stream().filter(FieldSpec::required).map(FieldSpec::name).toList();
        if (!required.isEmpty()) o.put("required", required);
        o.put("additionalProperties", false);
        return o;
    }

    private static Map<String, Object> field(FieldSpec f) {
        Map<String, Object> m = map("description", f.doc() + (f.refKind() != null ? " (an id of " + f.refKind() + ")" : ""));
        switch (f.type()) {
            case ID, REF -> m.putAll(id());
            case STRING -> {
                m.put("type", "string");
                if (f.name().equals("language")) m.put("pattern", LANG);
            }
            case TEXT, MARKDOWN -> m.putAll(text());
            case TEXT_LIST -> m.putAll(map("type", "array", "items", text()));
            case ENUM -> m.put("enum", f.values());
            case NUMBER -> {
                m.put("type", "number");
                if (f.min() != null) m.put("minimum", f.min());
                if (f.max() != null) m.put("maximum", f.max());
            }
            case YEAR -> m.put("anyOf", List.of(map("type", "integer", "minimum", 1000, "maximum", 9999),
                    map("type", "string", "pattern", YEAR)));
            case WHEN -> m.put("anyOf", List.of(map("type", "integer", "minimum", 1000, "maximum", 9999),
                    map("type", "string", "pattern", WHEN)));
            case BOOL -> m.put("type", "boolean");
            case REF_LIST -> m.put("anyOf", List.of(map("type", "array", "items", id()), id()));
            case OBJECT -> m.putAll(object(f.doc(), f.children()));
            case OBJECT_LIST -> m.putAll(map("type", "array", "items", object(f.doc(), f.children())));
            case MAP -> m.put("type", "object");
            case NUMBER_MAP -> m.putAll(map("type", "object", "additionalProperties", map("type", "number")));
        }
        return m;
    }

    private static Map<String, Object> id() {
        return map("type", "string", "pattern", ContentSchema.ID_PATTERN.pattern());
    }

    /** A string, or one string per language tag. */
    private static Map<String, Object> text() {
        return map("anyOf", List.of(map("type", "string"),
                map("type", "object", "minProperties", 1, "propertyNames", map("pattern", LANG),
                        "additionalProperties", map("type", "string"))));
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
