package org.strategypress.load;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.strategypress.model.Measure;
import org.strategypress.model.Ref;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Text;
import org.strategypress.model.When;

/**
 * One YAML mapping after checking against its kind: each field's value as a model type, and whether
 * every required field was present and well-formed ({@code complete}).
 */
record Checked(Map<String, Object> values, SourcePosition at, boolean complete, Map<String, SourcePosition> keyAt) {

    Checked {
        values = Map.copyOf(values);
        keyAt = Map.copyOf(keyAt);
    }

    /** A checked mapping whose keys' positions are not kept. */
    Checked(Map<String, Object> values, SourcePosition at, boolean complete) {
        this(values, at, complete, Map.of());
    }

    String string(String f) {
        return (String) values.get(f);
    }

    Text text(String f) {
        return (Text) values.get(f);
    }

    BigDecimal number(String f) {
        return (BigDecimal) values.get(f);
    }

    Integer year(String f) {
        return (Integer) values.get(f);
    }

    When when(String f) {
        return (When) values.get(f);
    }

    boolean bool(String f) {
        return Boolean.TRUE.equals(values.get(f));
    }

    Ref ref(String f) {
        return (Ref) values.get(f);
    }

    @SuppressWarnings("unchecked")
    List<Ref> refs(String f) {
        return (List<Ref>) values.getOrDefault(f, List.of());
    }

    @SuppressWarnings("unchecked")
    List<Text> texts(String f) {
        return (List<Text>) values.getOrDefault(f, List.of());
    }

    Checked object(String f) {
        return (Checked) values.get(f);
    }

    @SuppressWarnings("unchecked")
    List<Checked> objects(String f) {
        return (List<Checked>) values.getOrDefault(f, List.of());
    }

    /** A {value, year} object as a Measure, or null. */
    Measure measure(String f) {
        Checked c = object(f);
        if (c == null || c.number("value") == null || c.year("year") == null) return null;
        return new Measure(c.number("value"), c.year("year"), c.at());
    }
}
