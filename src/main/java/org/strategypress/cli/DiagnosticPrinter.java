package org.strategypress.cli;

import java.io.PrintWriter;
import java.util.List;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.Severity;

/** Prints diagnostics as {@code path:line:col: severity[code]: message}, then a summary line. */
final class DiagnosticPrinter {

    private DiagnosticPrinter() {
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        for (Diagnostic d : diagnostics) err.println(line(d));
        err.println(summary(diagnostics));
        err.flush();
    }

    static String line(Diagnostic d) {
        return d.at() + ": " + d.severity().label() + "[" + d.code() + "]: " + clean(d.message());
    }

    static String summary(List<Diagnostic> ds) {
        long e = ds.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long w = ds.stream().filter(d -> d.severity() == Severity.WARNING).count();
        long i = ds.stream().filter(d -> d.severity() == Severity.INFO).count();
        return plural(e, "error") + ", " + plural(w, "warning") + (i > 0 ? ", " + plural(i, "note") : "");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** One line, no terminal control characters: what a writer wrote cannot move the cursor or fake a line. */
    static String clean(String s) {
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
