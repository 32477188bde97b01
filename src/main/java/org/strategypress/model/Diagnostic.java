package org.strategypress.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One problem found in the content, the templates or the output, made from its {@link Rule}, with its place.
 * Printed as {@code path:line:column: severity[code]: message}. {@code about} is the id the problem is about (the id a
 * reference names, the gap no initiative addresses), or null: it lets the validator hold back problems that only
 * follow from an earlier error. {@code notes} point at related places (where others of a kind are written).
 */
public record Diagnostic(Severity severity, Rule rule, String message, SourcePosition at, String about,
                         List<Note> notes) {

    /** A related place and what it says, printed after the diagnostic ({@code note:} in text, SARIF relatedLocations). */
    public record Note(String message, SourcePosition at) {
    }

    public Diagnostic {
        if (severity == null || rule == null || message == null || at == null)
            throw new IllegalArgumentException("severity, rule, message and position are required");
        notes = List.copyOf(notes);
    }

    public Diagnostic(Severity severity, Rule rule, String message, SourcePosition at) {
        this(severity, rule, message, at, null, List.of());
    }

    /** The rule's stable code. */
    public String code() {
        return rule.code();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(s, rule, message, at, about, notes);
    }

    /** The same diagnostic, about the entity or id {@code id}. */
    public Diagnostic about(String id) {
        return new Diagnostic(severity, rule, message, at, id, notes);
    }

    /** The same diagnostic with a note pointing at a related place. */
    public Diagnostic withNote(String note, SourcePosition where) {
        List<Note> more = new ArrayList<>(notes);
        more.add(new Note(note, where));
        return new Diagnostic(severity, rule, message, at, about, more);
    }
}
