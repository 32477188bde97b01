package org.strategypress.report;

import java.io.PrintWriter;
import java.util.List;

import org.strategypress.model.Diagnostic;

/** Writes a list of diagnostics in one format (text for people, JSON, SARIF, GitHub workflow commands). */
public interface DiagnosticReport {

    /** Writes every diagnostic and, where the format has one, a summary. */
    void write(List<Diagnostic> diagnostics, PrintWriter out);

    /** True for formats read by programs: they go to standard output, and other messages go to stderr. */
    default boolean machineReadable() {
        return true;
    }
}
