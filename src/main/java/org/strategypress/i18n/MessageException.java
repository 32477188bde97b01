package org.strategypress.i18n;

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
    private final String code;

    MessageException(String code, String language, Path file, String message) {
        this(code, language, file, message, null);
    }

    MessageException(String code, String language, Path file, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
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
        return Diagnostic.error(code, SourcePosition.of(file), getMessage());
    }

    /** The same error at another place (the template line that asked for the message). */
    public Diagnostic diagnostic(SourcePosition at) {
        return Diagnostic.error(code, at, getMessage());
    }
}
