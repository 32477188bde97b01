package org.strategypress.cli;

/** Process exit codes. */
public enum ExitStatus {
    /** Valid content; output written. */
    OK(0),
    /** Content errors (or warnings under --strict). */
    FAILURE(1),
    /** Wrong usage, or an I/O problem that is not about the content. */
    CLI_ERROR(2);

    public final int code;

    ExitStatus(int code) {
        this.code = code;
    }
}
