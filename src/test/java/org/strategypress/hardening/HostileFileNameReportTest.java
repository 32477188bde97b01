package org.strategypress.hardening;

import org.strategypress.model.Rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.SourcePosition;
import org.strategypress.report.ReportFormat;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/**
 * ReportFormatsTest covers hostile messages; here the hostile part is the file name, which comes from whoever
 * named a file in content/: a newline or an escape sequence in it must not reach a terminal or a CI log raw.
 */
class HostileFileNameReportTest {

    private static final String NAME = "evil\u001b[2J\nfake:1:1: error[x]: y.yaml";

    @TempDir
    Path dir;

    static String write(ReportFormat format, Diagnostic d) {
        StringWriter w = new StringWriter();
        format.report().write(List.of(d), new PrintWriter(w));
        return w.toString();
    }

    @Test
    void aFileNameWithAnEscapeAndANewlineStaysOnOneLineInEveryFormat() {
        Diagnostic d = Rule.YAML_SYNTAX.at(new SourcePosition(Path.of("content", NAME), 3, 1), "bad");

        for (ReportFormat f : ReportFormat.values()) {
            String out = write(f, d);
            assertFalse(out.contains("\u001b"), f + ": raw ESC in " + out);
            assertFalse(out.contains("\nfake"), f + ": the file name's newline started a line: " + out);
        }
        assertEquals("content/evil\\u001b[2J\\nfake:1:1: error[x]: y.yaml:3:1: error[yaml-syntax]: bad",
                write(ReportFormat.TEXT, d).lines().findFirst().orElseThrow());
        assertTrue(write(ReportFormat.GITHUB, d).startsWith("::error file=content/evil\\u001b[2J%0Afake%3A1%3A1%3A error[x]%3A y.yaml,line=3,col=1,"),
                write(ReportFormat.GITHUB, d));
    }

    @Test
    void pressValidateNeverPrintsAnEscapeFromAFileName() {
        StrategyFixture strategy = StrategyFixture.in(dir);
        strategy.write("content/evil\u001b[31m.yaml", "kpis: [\n");

        CliRun run = strategy.validate();

        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.err().contains("\u001b"), run.err());
        assertTrue(run.err().contains("evil\\u001b[31m.yaml:"), run.err());
    }
}
