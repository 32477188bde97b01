package org.strategypress.model.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.strategypress.model.SourcePosition;

/**
 * Kind and SourcePosition write out the equality a record would give them (the record's own is linked through
 * method handles on first use, which a cold validate paid for). A component added later and left out of equals
 * would make two different kinds or positions the same key of the loader's tables: every component must count.
 */
class WrittenOutEqualityTest {

    @Test
    void everyComponentOfAKindCountsInItsEquality() throws Exception {
        for (Kind<?> k : List.of(Kinds.KPIS, Kinds.INITIATIVES, Kinds.STAKEHOLDERS)) everyComponentCounts(k);
    }

    @Test
    void everyComponentOfAPositionCountsAndItHashesAsTheRecordWould() throws Exception {
        SourcePosition p = new SourcePosition(Path.of("content/kpis.yaml"), 12, 5);
        everyComponentCounts(p);
        // the record's own hash: 31 * (31 * hash(file) + line) + column, so tables keyed by positions keep their order
        assertEquals((Path.of("content/kpis.yaml").hashCode() * 31 + 12) * 31 + 5, p.hashCode());
    }

    private static void everyComponentCounts(Record r) throws Exception {
        RecordComponent[] cs = r.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) types[i] = cs[i].getType();
        Constructor<?> make = r.getClass().getDeclaredConstructor(types);
        List<Object> values = new ArrayList<>();
        for (RecordComponent c : cs) values.add(c.getAccessor().invoke(r));
        Object copy = make.newInstance(values.toArray());
        assertEquals(r, copy, "an equal copy of " + r.getClass().getSimpleName());
        assertEquals(r.hashCode(), copy.hashCode());
        for (int i = 0; i < cs.length; i++) {
            List<Object> changed = new ArrayList<>(values);
            changed.set(i, other(values.get(i)));
            assertNotEquals(r, make.newInstance(changed.toArray()),
                    r.getClass().getSimpleName() + "." + cs[i].getName() + " does not count in its equality");
        }
    }

    private static Object other(Object v) {
        if (v instanceof String s) return s + "-other";
        if (v instanceof Integer n) return n + 1;
        if (v instanceof Boolean b) return !b;
        if (v instanceof Class<?> c) return c == Object.class ? String.class : Object.class;
        if (v instanceof Path p) return p.resolveSibling("other.yaml");
        if (v instanceof Set<?> s) return s.isEmpty() ? Kind.EVERYWHERE : Set.of();
        if (v instanceof List<?> l) return l.isEmpty() ? List.of(Kinds.KPIS.fields().get(0)) : List.of();
        if (v == null) return "other";
        throw new IllegalArgumentException("no other value for " + v.getClass());
    }
}
