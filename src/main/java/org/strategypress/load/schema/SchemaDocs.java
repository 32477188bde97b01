package org.strategypress.load.schema;

import java.util.List;
import java.util.stream.Collectors;

import org.strategypress.model.RuleCatalog;

/**
 * The reference part of docs/authoring.md, written from the schema and the rule catalog so that the
 * documentation cannot drift from what the loader accepts (a test compares them).
 */
public final class SchemaDocs {

    private SchemaDocs() {
    }

    /** Markdown tables: strategy.yaml, then each kind with its fields, then the rules. */
    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("### strategy.yaml\n\n");
        fields(b, ContentSchema.STRATEGY.fields(), "");
        for (KindSpec k : ContentSchema.KINDS) {
            b.append("\n### ").append(k.name()).append("\n\n");
            b.append(cap(k.doc())).append(k.module() > 0 ? " (module " + k.module() + ")" : "").append(".\n\n");
            fields(b, k.fields(), "");
        }
        b.append("\n### Chapter front matter\n\n");
        fields(b, ContentSchema.CHAPTER.fields(), "");
        b.append("\n### Rules\n\n| code | default | what it reports |\n|---|---|---|\n");
        for (RuleCatalog.Rule r : RuleCatalog.RULES)
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
