package org.strategypress.model;

/**
 * A stage that cannot go on (an unreadable content folder, a broken template, an unknown git ref, a deadline). Each
 * stage has its own subtype; callers catch this one. With a diagnostic, the content or templates are at fault (exit
 * code 1); without, the folder or the command is (exit code 2) and the message says what to fix.
 */
public abstract class StageFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    protected StageFailure(String message, Diagnostic diagnostic, Throwable cause) {
        super(message, cause);
        this.diagnostic = diagnostic;
    }

    /** The diagnostic to print, or null when the failure is the command's or the folder's, not the content's. */
    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /** A line to print after the diagnostic, or null. */
    public String note() {
        return null;
    }
}
