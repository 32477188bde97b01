package org.strategypress.cli;

import org.strategypress.report.ReportFormat;

import picocli.CommandLine.Option;

/** {@code --format FORMAT}, the same on every command that reports diagnostics: text on stderr, or json, sarif, github. */
final class DiagnosticsFormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "diagnostics as text (stderr), json, sarif or github (stdout) (default: ${DEFAULT-VALUE})")
    ReportFormat format;
}
