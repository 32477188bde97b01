package org.strategypress.cli;

import java.io.PrintWriter;
import java.util.List;

import org.strategypress.model.Diagnostic;
import org.strategypress.report.ReportFormat;
import org.strategypress.report.TextReport;

/**
 * Prints diagnostics in the chosen format: text goes to stderr (as {@code path:line:col: severity[code]:
 * message}, then a summary), the machine formats to stdout so that they can be redirected into a file.
 */
final class DiagnosticPrinter {

    private DiagnosticPrinter() {
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        new TextReport().write(diagnostics, err);
    }

    static void print(List<Diagnostic> diagnostics, ReportFormat format, Main main) {
        var report = format.report();
        report.write(diagnostics, report.machineReadable() ? main.out : main.err);
    }

    /** The stream for messages other than diagnostics: stderr when stdout carries a machine format. */
    static PrintWriter messages(ReportFormat format, Main main) {
        return format.report().machineReadable() ? main.err : main.out;
    }

    static String clean(String s) {
        return TextReport.clean(s);
    }
}
