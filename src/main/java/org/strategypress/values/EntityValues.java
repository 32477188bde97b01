package org.strategypress.values;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strategypress.model.Entity;
import org.strategypress.model.Measure;
import org.strategypress.model.Ref;
import org.strategypress.model.Scores;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Strategy;
import org.strategypress.model.Text;
import org.strategypress.model.When;
import org.strategypress.model.schema.Kind;
import org.strategypress.model.schema.RecordFields;

/**
 * The values of the model without their source positions: every record component except the
 * {@link SourcePosition} ones, named as writers write them in YAML ({@code contributes_to}, {@code as_is}), as
 * plain strings, numbers ({@link BigDecimal} as written), booleans, lists and maps. Two checkouts of the same
 * content give equal values even though their positions differ. Used by the exports and by the diff.
 */
public final class EntityValues {

    private EntityValues() {
    }

    /** Every entity list of the strategy by its kind's key, in registry order, of the kinds that have this use. */
    public static Map<String, List<Entity>> byKind(Strategy s, Kind.Use use) {
        Map<String, List<Entity>> out = new LinkedHashMap<>();
        s.entities().forEach((k, list) -> {
            if (k.in(use)) out.put(k.key(), list);
        });
        return out;
    }

    /** The fields of a record (an entity, a milestone, a metric...) by YAML name, positions left out. */
    public static Map<String, Object> fields(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordFields.Component c : RecordFields.of(r.getClass()).components()) {
            if (c.type() == SourcePosition.class || c.type() == org.strategypress.model.FieldPositions.class) continue;
            out.put(c.yamlName(), value(c.read(r)));
        }
        return out;
    }

    /** One value as plain data; null stays null. */
    public static Object value(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof BigDecimal) return v;
        if (v instanceof Text t) return t.byLanguage().size() == 1 && t.byLanguage().containsKey(Text.ANY)
                ? t.toString() : new LinkedHashMap<>(t.byLanguage());
        if (v instanceof Ref r) return r.id();
        if (v instanceof When w) return w.toString();
        if (v instanceof Measure m) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("value", m.value());
            out.put("year", m.year());
            return out;
        }
        if (v instanceof Scores sc) return sc.isEmpty() ? null : new LinkedHashMap<String, Object>(sc.values());
        if (v instanceof List<?> l) return l.stream().map(EntityValues::value).toList();
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), value(x)));
            return out;
        }
        if (v instanceof Record r) return fields(r);
        return v.toString();
    }

    /** The references an entity makes, by field: every {@link Ref} or list of them, as lists of ids. */
    public static Map<String, List<String>> references(Record r) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (RecordFields.Component c : RecordFields.of(r.getClass()).components()) {
            Object v = c.read(r);
            if (v instanceof Ref ref) out.put(c.yamlName(), List.of(ref.id()));
            else if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Ref)
                out.put(c.yamlName(), l.stream().map(x -> ((Ref) x).id()).toList());
        }
        return out;
    }
}
