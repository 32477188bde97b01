package org.strategypress.report;

import java.io.PrintWriter;
import java.util.List;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.Severity;

/** {@code path:line:col: severity[code]: message}, one per line, then a summary line. For people. */
public final class TextReport implements DiagnosticReport {

    @Override
    public void write(List<Diagnostic> diagnostics, PrintWriter out) {
        for (Diagnostic d : diagnostics) out.println(line(d));
        out.println(summary(diagnostics));
        out.flush();
    }

    @Override
    public boolean machineReadable() {
        return false;
    }

    /** The diagnostic's line, then one {@code path:line:column: note: ...} line per related place. */
    public static String line(Diagnostic d) {
        StringBuilder b = new StringBuilder(clean(d.at().toString()) + ": " + d.severity().label() + "[" + clean(d.code())
                + "]: " + clean(d.message()));
        for (Diagnostic.Note n : d.notes()) b.append(System.lineSeparator()).append(clean(n.at().toString())).append(": note: ")
                .append(clean(n.message()));
        return b.toString();
    }

    /** {@code 2 errors, 1 warning} (and {@code , 3 notes} when there are infos). */
    public static String summary(List<Diagnostic> ds) {
        long e = count(ds, Severity.ERROR);
        long w = count(ds, Severity.WARNING);
        long i = count(ds, Severity.INFO);
        return plural(e, "error") + ", " + plural(w, "warning") + (i > 0 ? ", " + plural(i, "note") : "");
    }

    static long count(List<Diagnostic> ds, Severity s) {
        return ds.stream().filter(d -> d.severity() == s).count();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** One line, no terminal control characters: what a writer wrote cannot move the cursor or fake a line. */
    public static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }
}
