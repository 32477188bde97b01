package org.strategypress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What {@code press} says about itself: the command line holds only the subcommand that runs (a cold start reads
 * fewer annotations), so the help of {@code press} alone, {@code press --help} and a mistyped command must still
 * list every command.
 */
class HelpTest {

    private static final List<String> COMMANDS = List.of("validate", "build", "diff", "publish", "comments", "generate",
            "schema", "serve", "init", "templates", "status", "translations");

    private record Run(int exitCode, String out, String err) {
    }

    private static Run press(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void pressAloneAndPressHelpListEveryCommand() {
        for (Run run : List.of(press(), press("--help"))) {
            assertEquals(0, run.exitCode(), run.err());
            for (String c : COMMANDS) assertTrue(run.out().contains("\n  " + c + " "), c + " missing from:\n" + run.out());
        }
    }

    @Test
    void aMistypedCommandIsAUsageErrorThatSuggestsTheCommand() {
        Run run = press("validat");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unmatched argument at index 0: 'validat'"), run.err());
        assertTrue(run.err().contains("Did you mean: press validate"), run.err());
    }

    @Test
    void aCommandsHelpNamesItUnderPress() {
        Run run = press("validate", "--help");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: press validate "), run.out());
    }
}
