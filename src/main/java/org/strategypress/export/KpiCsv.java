package org.strategypress.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.strategypress.model.Kpi;
import org.strategypress.model.Measure;
import org.strategypress.model.Ref;
import org.strategypress.model.Strategy;
import org.strategypress.model.Text;

/**
 * {@code data/kpis.csv}: one row per KPI and target year, the baseline repeated in its own columns on every
 * row (a KPI without targets gets one row with empty year and target). RFC 4180: comma-separated, CRLF line
 * ends, fields with a comma, quote or line break quoted, quotes doubled. UTF-8 without BOM.
 */
public final class KpiCsv {

    public static final List<String> HEADER = List.of("kpi_id", "title", "unit", "direction", "baseline_value",
            "baseline_year", "year", "target_value", "owner", "measures", "contributes_to", "source", "frequency",
            "illustrative");

    private KpiCsv() {
    }

    public static String of(Strategy s) {
        String lang = s.meta().language();
        StringBuilder b = new StringBuilder();
        row(b, HEADER);
        for (Kpi k : s.kpis()) {
            List<Measure> targets = k.targets().isEmpty() ? java.util.Collections.singletonList(null) : k.targets();
            for (Measure t : targets) {
                List<String> r = new ArrayList<>();
                r.add(k.id());
                r.add(text(k.title(), lang));
                r.add(text(k.unit(), lang));
                r.add(k.direction() == null ? "" : k.direction());
                r.add(k.baseline() == null ? "" : k.baseline().shown());
                r.add(k.baseline() == null ? "" : Integer.toString(k.baseline().year()));
                r.add(t == null ? "" : Integer.toString(t.year()));
                r.add(t == null ? "" : t.shown());
                r.add(k.owner() == null ? "" : k.owner().id());
                r.add(ids(k.measures()));
                r.add(ids(k.contributesTo()));
                r.add(text(k.source(), lang));
                r.add(text(k.frequency(), lang));
                r.add(Boolean.toString(k.illustrative()));
                row(b, r);
            }
        }
        return b.toString();
    }

    private static String ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).collect(Collectors.joining(" "));
    }

    private static String text(Text t, String lang) {
        return t == null ? "" : t.in(lang);
    }

    static void row(StringBuilder b, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) b.append(',');
            b.append(field(fields.get(i)));
        }
        b.append("\r\n");
    }

    /** One field, quoted when it holds a comma, a quote or a line break. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
