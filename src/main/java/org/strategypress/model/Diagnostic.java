package org.strategypress.model;

/**
 * One problem found in the content, the templates or the output, with its stable code and its place.
 * Printed as {@code path:line:column: severity[code]: message}.
 */
public record Diagnostic(Severity severity, String code, String message, SourcePosition at) {

    public Diagnostic {
        if (severity == null || code == null || message == null || at == null)
            throw new IllegalArgumentException("severity, code, message and position are required");
    }

    public static Diagnostic error(String code, SourcePosition at, String message) {
        return new Diagnostic(Severity.ERROR, code, message, at);
    }

    public static Diagnostic warning(String code, SourcePosition at, String message) {
        return new Diagnostic(Severity.WARNING, code, message, at);
    }

    public static Diagnostic info(String code, SourcePosition at, String message) {
        return new Diagnostic(Severity.INFO, code, message, at);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(s, code, message, at);
    }
}
