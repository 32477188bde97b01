package org.strategypress.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.strategypress.model.Entity;
import org.strategypress.model.Strategy;
import org.strategypress.model.Text;
import org.strategypress.model.schema.FieldSpec;
import org.strategypress.model.schema.FieldType;
import org.strategypress.model.schema.Kind;
import org.strategypress.model.schema.RecordFields;

/** Every Markdown field of every entity, as the registry declares them (nested mappings and lists of them too). */
public final class ProseFields {

    private ProseFields() {
    }

    public static List<Text> of(Strategy s) {
        List<Text> out = new ArrayList<>();
        for (Map.Entry<Kind<?>, List<Entity>> k : s.entities().entrySet())
            for (Entity e : k.getValue()) collect((Record) e, k.getKey().fields(), out);
        return out;
    }

    private static void collect(Record r, List<FieldSpec> fields, List<Text> out) {
        for (RecordFields.Component c : RecordFields.of(r.getClass()).components()) {
            FieldSpec f = field(fields, c);
            if (f == null) continue;
            Object v = c.read(r);
            if (f.type() == FieldType.MARKDOWN && v instanceof Text t) out.add(t);
            else if (v instanceof Record sub && f.type() == FieldType.OBJECT) collect(sub, f.children(), out);
            else if (v instanceof List<?> l && f.type() == FieldType.OBJECT_LIST)
                for (Object item : l) if (item instanceof Record sub) collect(sub, f.children(), out);
        }
    }

    /** The field a component holds: its own, or one of the mapping it is flattened from. */
    private static FieldSpec field(List<FieldSpec> fields, RecordFields.Component c) {
        for (FieldSpec f : fields) {
            if (c.in().isEmpty() && f.name().equals(c.yamlName())) return f;
            if (!c.in().isEmpty() && f.name().equals(c.in())) return f.child(c.yamlName());
        }
        return null;
    }
}
