package org.strategypress.i18n;

import org.strategypress.model.Rule;
import java.nio.file.Path;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.SourcePosition;

/**
 * A message bundle cannot serve the templates: none for the language, unreadable, not UTF-8, a malformed
 * pattern, arguments that do not fit. An error of the render stage: {@link #diagnostic()} is what to print.
 */
public class MessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String language;
    private final transient Path file;
    private final Rule rule;

    MessageException(Rule rule, String language, Path file, String message) {
        this(rule, language, file, message, null);
    }

    MessageException(Rule rule, String language, Path file, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
        this.language = language;
        this.file = file;
    }

    /** The language tag whose bundle failed. */
    public String language() {
        return language;
    }

    /** The bundle file to look at or to write (the project's, under the templates folder). */
    public Path file() {
        return file;
    }

    /** The error as a diagnostic at the bundle file, with a stable code ({@code message-missing}, {@code message-bundle}). */
    public Diagnostic diagnostic() {
        return rule.at(SourcePosition.of(file), getMessage());
    }

    /** The same error at another place (the template line that asked for the message). */
    public Diagnostic diagnostic(SourcePosition at) {
        return rule.at(at, getMessage());
    }
}
