package org.strategypress.load;

import java.util.List;

import org.strategypress.model.schema.RecordFields;
import org.strategypress.model.schema.RecordFields.Component;

/**
 * Turns a checked, complete mapping into the model record of its kind, for any kind of the registry: each record
 * component takes the field of its YAML name (a list of mappings becomes a list of records, a mapping a record),
 * so a new kind needs no mapping code.
 */
final class EntityMapper {

    private EntityMapper() {
    }

    /** The record of type {@code type} holding the values of {@code c}; null when a required part is absent. */
    static <T> T map(Class<T> type, Checked c) {
        RecordFields.Shape shape = RecordFields.of(type);
        List<Component> parts = shape.components();
        Object[] values = new Object[parts.size()];
        for (int i = 0; i < values.length; i++) {
            Component p = parts.get(i);
            Checked holder = p.in().isEmpty() ? c : c.object(p.in());
            values[i] = holder == null ? absent(p) : value(p, holder);
            if (values[i] == null && p.type().isPrimitive()) return null;
        }
        return type.cast(shape.create(values));
    }

    private static Object value(Component p, Checked c) {
        Class<?> t = p.type();
        if (t == org.strategypress.model.SourcePosition.class) return c.at();
        if (t == org.strategypress.model.FieldPositions.class) return new org.strategypress.model.FieldPositions(c.keyAt());
        Object v = c.values().get(p.yamlName());
        if (t == boolean.class) return Boolean.TRUE.equals(v);
        if (p.isList()) {
            if (!(v instanceof List<?> list)) return List.of();
            if (p.element() != null && p.element().isRecord() && !isValue(p.element()))
                return list.stream().map(x -> map(p.element(), (Checked) x)).filter(java.util.Objects::nonNull).toList();
            return list;
        }
        if (v instanceof Checked sub && t.isRecord()) return map(t, sub);
        return t.isInstance(v) || (t.isPrimitive() && v != null) ? v : null;
    }

    private static Object absent(Component p) {
        if (p.type() == boolean.class) return false;
        if (p.type() == org.strategypress.model.FieldPositions.class) return org.strategypress.model.FieldPositions.NONE;
        return p.isList() ? List.of() : null;
    }

    /** Records the checker already builds from a scalar (a reference, a text). */
    private static boolean isValue(Class<?> t) {
        return t == org.strategypress.model.Ref.class || t == org.strategypress.model.Text.class;
    }
}
