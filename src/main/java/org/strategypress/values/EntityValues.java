package org.strategypress.values;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strategypress.model.Entity;
import org.strategypress.model.Measure;
import org.strategypress.model.Ref;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Strategy;
import org.strategypress.model.Text;
import org.strategypress.model.When;

/**
 * The values of the model without their source positions: every record component except the
 * {@link SourcePosition} ones, named as writers write them in YAML ({@code contributes_to}, {@code as_is}), as
 * plain strings, numbers ({@link BigDecimal} as written), booleans, lists and maps. Two checkouts of the same
 * content give equal values even though their positions differ. Used by the exports and by the diff.
 */
public final class EntityValues {

    /** Record components whose YAML name is not their snake_case form. */
    private static final Map<String, String> YAML_NAMES = Map.of("shortName", "short", "artifactKind", "kind");

    private EntityValues() {
    }

    /** Every entity list of the strategy by its kind ({@code stakeholders}, ..., {@code risks}), in model order. */
    public static Map<String, List<Entity>> byKind(Strategy s) {
        Map<String, List<Entity>> out = new LinkedHashMap<>();
        for (RecordComponent c : Strategy.class.getRecordComponents()) {
            if (!(c.getGenericType() instanceof ParameterizedType p) || c.getType() != List.class) continue;
            if (!(p.getActualTypeArguments()[0] instanceof Class<?> element) || !Entity.class.isAssignableFrom(element)) continue;
            List<Entity> list = new ArrayList<>();
            for (Object o : (List<?>) read(c, s)) list.add((Entity) o);
            out.put(yamlName(c.getName()), list);
        }
        return out;
    }

    /** The fields of a record (an entity, a milestone, a metric...) by YAML name, positions left out. */
    public static Map<String, Object> fields(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getType() == SourcePosition.class) continue;
            out.put(yamlName(c.getName()), value(read(c, r)));
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
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = read(c, r);
            if (v instanceof Ref ref) out.put(yamlName(c.getName()), List.of(ref.id()));
            else if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Ref)
                out.put(yamlName(c.getName()), l.stream().map(x -> ((Ref) x).id()).toList());
        }
        return out;
    }

    /** {@code contributesTo} to {@code contributes_to}, with the few names YAML spells otherwise. */
    public static String yamlName(String component) {
        String special = YAML_NAMES.get(component);
        if (special != null) return special;
        return component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Object read(RecordComponent c, Object r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }
}
