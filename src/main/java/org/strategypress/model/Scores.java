package org.strategypress.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An initiative's scores on the prioritisation criteria, by criterion id, as written; {@code valueAt} is where each
 * score was written and {@code at} where the mapping starts (null when no score was written).
 */
public record Scores(Map<String, BigDecimal> values, Map<String, SourcePosition> valueAt, SourcePosition at) {

    /** No score at all. */
    public static final Scores NONE = new Scores(Map.of(), Map.of(), null);

    public Scores {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        valueAt = Map.copyOf(valueAt);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The score on one criterion, or null. */
    public BigDecimal of(String criterion) {
        return values.get(criterion);
    }
}
