package org.strategypress.load.schema;

import org.strategypress.model.schema.ContentSchema;
import org.strategypress.model.schema.FieldSpec;
import org.strategypress.model.schema.FieldType;
import org.strategypress.model.schema.Kind;
import org.strategypress.model.schema.Kinds;
import java.util.List;
import java.util.stream.Collectors;

import org.strategypress.model.Rule;

/**
 * The reference part of docs/authoring.md, written from the schema and the rule catalog so that the
 * documentation cannot drift from what the loader accepts (a test compares them).
 */
public final class SchemaDocs {

    private SchemaDocs() {
    }

    /** Writes {@link #markdown()} to the file named by the first argument (bin/regen-docs pastes it into the guide). */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), markdown());
    }

    /** Markdown tables: strategy.yaml, then each kind with its fields, then the rules. */
    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("### strategy.yaml\n\n");
        fields(b, ContentSchema.STRATEGY.fields(), "");
        for (Kind<?> k : Kinds.ALL) {
            b.append("\n### ").append(k.key()).append("\n\n");
            b.append(cap(k.doc())).append(k.module() > 0 ? " (module " + k.module() + ")" : "").append(".\n\n");
            fields(b, k.fields(), "");
        }
        b.append("\n### Chapter front matter\n\n");
        fields(b, ContentSchema.CHAPTER.fields(), "");
        b.append("\n### Rules\n\n| code | default | what it reports |\n|---|---|---|\n");
        for (Rule r : Rule.values())
            b.append("| `").append(r.code()).append("` | ").append(r.defaultSeverity().label()).append(" | ")
                    .append(r.description()).append(" |\n");
        return b.toString();
    }

    private static void fields(StringBuilder b, List<FieldSpec> fields, String prefix) {
        if (prefix.isEmpty()) b.append("| field | type | required | meaning |\n|---|---|---|---|\n");
        for (FieldSpec f : fields) {
            b.append("| `").append(prefix).append(f.name()).append("` | ").append(type(f)).append(" | ")
                    .append(f.required() ? "yes" : "").append(" | ").append(f.doc()).append(" |\n");
            if (!f.children().isEmpty()) fields(b, f.children(), prefix + f.name() + (f.type() == FieldType.OBJECT_LIST ? "[]." : "."));
        }
    }

    private static String type(FieldSpec f) {
        String t = f.type().description();
        if (f.refKind() != null) t += " of " + f.refKind();
        if (!f.values().isEmpty()) t = f.values().stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
        if (f.min() != null) t += " from " + f.min() + " to " + f.max();
        return t;
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
