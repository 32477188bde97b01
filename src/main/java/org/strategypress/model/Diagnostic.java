package org.strategypress.model;

/**
 * One problem found in the content, the templates or the output, made from its {@link Rule}, with its place.
 * Printed as {@code path:line:column: severity[code]: message}.
 */
public record Diagnostic(Severity severity, Rule rule, String message, SourcePosition at) {

    public Diagnostic {
        if (severity == null || rule == null || message == null || at == null)
            throw new IllegalArgumentException("severity, rule, message and position are required");
    }

    /** The rule's stable code. */
    public String code() {
        return rule.code();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(s, rule, message, at);
    }
}
