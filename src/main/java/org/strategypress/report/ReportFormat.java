package org.strategypress.report;

/** The formats of {@code --format}: {@code text} (default), {@code json}, {@code sarif}, {@code github}. */
public enum ReportFormat {
    TEXT(new TextReport()),
    JSON(new JsonReport()),
    SARIF(new SarifReport()),
    GITHUB(new GithubReport());

    private final DiagnosticReport report;

    ReportFormat(DiagnosticReport report) {
        this.report = report;
    }

    /** The writer of this format. */
    public DiagnosticReport report() {
        return report;
    }
}
