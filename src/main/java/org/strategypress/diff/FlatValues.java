package org.strategypress.diff;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Flattens plain values (see {@code EntityValues}) into {@code path -> shown value}, so that two versions
 * compare field by field: {@code baseline.value}, {@code targets[2030].value}, {@code milestones[MS-1].due},
 * {@code addresses}. Items of a list of records are keyed by their {@code id}, else their {@code year}, else
 * their place; lists of plain values are shown joined. Absent values (null, empty lists) are left out.
 */
final class FlatValues {

    private FlatValues() {
    }

    static Map<String, String> of(Map<String, Object> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> add(out, k, v));
        return out;
    }

    private static void add(Map<String, String> out, String path, Object v) {
        if (v == null) return;
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> add(out, path + "." + k, x));
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) return;
            if (l.stream().anyMatch(x -> x instanceof Map)) {
                for (int i = 0; i < l.size(); i++) {
                    if (!(l.get(i) instanceof Map<?, ?> m)) {
                        add(out, path + "[" + (i + 1) + "]", l.get(i));
                        continue;
                    }
                    String key = m.get("id") != null ? "id" : m.get("year") != null ? "year" : null;
                    String item = path + "[" + (key == null ? Integer.toString(i + 1) : shown(m.get(key))) + "]";
                    m.forEach((k, x) -> {
                        if (!k.equals(key)) add(out, item + "." + k, x);
                    });
                }
            } else {
                out.put(path, l.stream().map(FlatValues::shown).collect(Collectors.joining(", ")));
            }
        } else {
            out.put(path, shown(v));
        }
    }

    private static String shown(Object v) {
        if (v instanceof BigDecimal d) return d.toPlainString();
        return String.valueOf(v);
    }
}
