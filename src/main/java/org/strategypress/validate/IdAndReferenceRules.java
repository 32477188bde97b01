package org.strategypress.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.strategypress.model.DeclaredId;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Entity;
import org.strategypress.model.Names;
import org.strategypress.model.Ref;
import org.strategypress.model.Rule;
import org.strategypress.model.Strategy;
import org.strategypress.model.schema.FieldSpec;
import org.strategypress.model.schema.Kind;
import org.strategypress.model.schema.RecordFields;

/**
 * duplicate-id and dangling-ref: every id declared once, every reference to an id of the right kind. The references
 * are the registry's reference fields, so a new kind's references are checked with no code here.
 */
final class IdAndReferenceRules implements ValidationRule {

    @Override
    public void check(Strategy s, ValidationContext ctx, List<Diagnostic> out) {
        Map<String, DeclaredId> first = new HashMap<>();
        for (DeclaredId d : s.declaredIds()) {
            DeclaredId earlier = first.putIfAbsent(d.id(), d);
            if (earlier != null)
                out.add(Rule.DUPLICATE_ID.at(d.at(), "id '" + d.id() + "' is declared twice: first at "
                        + earlier.at() + " (" + earlier.kind() + "), again here (" + d.kind() + ")"));
        }
        for (Map.Entry<Kind<?>, List<Entity>> kind : s.entities().entrySet())
            for (Entity e : kind.getValue()) references((Record) e, kind.getKey().fields(), ctx, out);
    }

    /** Every reference field of the registry's schema, in the record and in its nested mappings. */
    private static void references(Record r, List<FieldSpec> fields, ValidationContext ctx, List<Diagnostic> out) {
        for (RecordFields.Component c : RecordFields.of(r.getClass()).components()) {
            if (!c.in().isEmpty()) continue;
            FieldSpec f = fields.stream().filter(x -> x.name().equals(c.yamlName())).findFirst().orElse(null);
            if (f == null) continue;
            Object v = c.read(r);
            switch (f.type()) {
                case REF -> ref((Ref) v, f.refKind(), f.name(), ctx, out);
                case REF_LIST -> refs(c.element() == Ref.class ? refList(v) : List.of(), f.refKind(), f.name(), ctx, out);
                case OBJECT -> {
                    if (v instanceof Record sub) references(sub, f.children(), ctx, out);
                }
                case OBJECT_LIST -> {
                    for (Object item : (List<?>) v) if (item instanceof Record sub) references(sub, f.children(), ctx, out);
                }
                default -> { }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Ref> refList(Object v) {
        return (List<Ref>) v;
    }

    private static void refs(List<Ref> refs, String kind, String field, ValidationContext ctx, List<Diagnostic> out) {
        for (Ref r : refs) ref(r, kind, field, ctx, out);
    }

    /** Reports a reference to an unknown id or to an id of another kind. */
    static void ref(Ref r, String kind, String field, ValidationContext ctx, List<Diagnostic> out) {
        if (r == null) return;
        DeclaredId d = ctx.declared(r.id());
        if (d == null) {
            out.add(Rule.DANGLING_REF.at(r.at(), "'" + field + "' refers to '" + r.id() + "', which is not the id of any of the "
                    + kind + Names.didYouMean(r.id(), ctx.idsOf(kind))).about(r.id()));
        } else if (!d.kind().equals(kind)) {
            out.add(Rule.DANGLING_REF.at(r.at(), "'" + field + "' takes " + kind + ", but '" + r.id()
                    + "' is one of the " + d.kind() + " (" + d.at() + ")"
                    + Names.didYouMean(r.id(), ctx.idsOf(kind))).about(r.id()));
        }
    }
}
