package org.strategypress.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.strategypress.model.Entity;
import org.strategypress.model.Strategy;
import org.strategypress.model.StrategyMeta;
import org.strategypress.model.Text;
import org.strategypress.model.schema.FieldSpec;
import org.strategypress.model.schema.FieldType;
import org.strategypress.model.schema.Kind;
import org.strategypress.model.schema.RecordFields;

/**
 * Every text of a strategy that has something to translate (a letter in it): strategy.yaml's title, subtitle,
 * country and prepared_by, then every text, Markdown and list-of-text field of every entity, nested mappings and lists
 * of them too, as the registry declares them, in file order.
 */
public final class TranslatableTexts {

    /** The kind written for strategy.yaml's own texts. */
    public static final String STRATEGY = "strategy";

    private TranslatableTexts() {
    }

    public static List<TextField> of(Strategy s) {
        List<TextField> out = new ArrayList<>();
        StrategyMeta m = s.meta();
        add(out, STRATEGY, "", "title", m.title());
        add(out, STRATEGY, "", "subtitle", m.subtitle());
        add(out, STRATEGY, "", "country", m.country());
        for (int i = 0; i < m.preparedBy().size(); i++) add(out, STRATEGY, "", "prepared_by[" + i + "]", m.preparedBy().get(i));
        for (Map.Entry<Kind<?>, List<Entity>> k : s.entities().entrySet())
            for (Entity e : k.getValue()) collect((Record) e, k.getKey().fields(), k.getKey().key(), e.id(), "", out);
        return out;
    }

    private static void collect(Record r, List<FieldSpec> fields, String kind, String id, String prefix, List<TextField> out) {
        for (RecordFields.Component c : RecordFields.of(r.getClass()).components()) {
            FieldSpec f = field(fields, c);
            if (f == null) continue;
            String name = prefix + (c.in().isEmpty() ? "" : c.in() + ".") + c.yamlName();
            Object v = c.read(r);
            if (v instanceof Text t && (f.type() == FieldType.TEXT || f.type() == FieldType.MARKDOWN)) add(out, kind, id, name, t);
            else if (v instanceof List<?> l && f.type() == FieldType.TEXT_LIST) {
                for (int i = 0; i < l.size(); i++) if (l.get(i) instanceof Text t) add(out, kind, id, name + "[" + i + "]", t);
            } else if (v instanceof Record sub && f.type() == FieldType.OBJECT) collect(sub, f.children(), kind, id, name + ".", out);
            else if (v instanceof List<?> l && f.type() == FieldType.OBJECT_LIST) {
                for (int i = 0; i < l.size(); i++)
                    if (l.get(i) instanceof Record sub) collect(sub, f.children(), kind, id, name + "[" + i + "].", out);
            }
        }
    }

    private static void add(List<TextField> out, String kind, String id, String field, Text t) {
        if (t != null && t.translatable()) out.add(new TextField(kind, id, field, t));
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
