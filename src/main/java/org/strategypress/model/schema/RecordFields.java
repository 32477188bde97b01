package org.strategypress.model.schema;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.strategypress.model.YamlName;

/**
 * The components of a model record as writers name them in YAML, read once per record class: the loader builds
 * records from them, the exports and the diff read values through them, the reference rule walks them.
 */
public final class RecordFields {

    /** One component: its YAML name, the mapping it sits in (or ""), its types and its accessor. */
    public record Component(String yamlName, String in, Class<?> type, Class<?> element, Method accessor) {

        /** The component's value in {@code r}. */
        public Object read(Object r) {
            try {
                return accessor.invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + yamlName + " of " + r.getClass().getSimpleName(), e);
            }
        }

        /** True for a list component. */
        public boolean isList() {
            return type == List.class;
        }
    }

    /** A record class's components and its canonical constructor. */
    public record Shape(List<Component> components, Constructor<?> constructor) {

        /** A new record from values in component order. */
        public Object create(Object[] values) {
            try {
                return constructor.newInstance(values);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot build " + constructor.getDeclaringClass().getSimpleName(), e);
            }
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shapeOf(type);
        }
    };

    private RecordFields() {
    }

    /** The shape of a record class. */
    public static Shape of(Class<?> recordType) {
        return SHAPES.get(recordType);
    }

    private static Shape shapeOf(Class<?> type) {
        RecordComponent[] rcs = type.getRecordComponents();
        if (rcs == null) throw new IllegalArgumentException(type.getSimpleName() + " is not a record");
        List<Component> out = new ArrayList<>();
        Class<?>[] types = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            RecordComponent rc = rcs[i];
            types[i] = rc.getType();
            YamlName n = rc.getAnnotation(YamlName.class);
            String name = n != null && !n.value().isEmpty() ? n.value() : snake(rc.getName());
            Method accessor = rc.getAccessor();
            // the accessors are public; without this each read asks the JVM who is calling it (a stack walk)
            accessor.setAccessible(true);
            out.add(new Component(name, n == null ? "" : n.in(), rc.getType(), element(rc.getGenericType()), accessor));
        }
        try {
            return new Shape(List.copyOf(out), type.getDeclaredConstructor(types));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor in " + type.getSimpleName(), e);
        }
    }

    private static Class<?> element(Type t) {
        if (t instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) return c;
        return null;
    }

    /** {@code contributesTo} to {@code contributes_to}. */
    public static String snake(String component) {
        StringBuilder b = new StringBuilder(component.length() + 4);
        for (int i = 0; i < component.length(); i++) {
            char ch = component.charAt(i);
            if (Character.isUpperCase(ch) && i > 0) b.append('_');
            b.append(Character.toLowerCase(ch));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
