package org.strategypress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.files.FileTrees;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/** {@code press validate} as a writer runs it: exit code, diagnostic lines and summary on stderr. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void validContentExitsZeroWithACleanSummary() {
        CliRun run = StrategyFixture.in(dir).validate("--strict");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("0 errors, 0 warnings", run.err().strip());
        assertNoStackTrace(run);
    }

    @Test
    void aDefectExitsOneWithItsDiagnosticLineAndTheSummary() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/kpis.yaml",
                StrategyFixture.KPIS.replace("owner: MDDT", "owner: MDTT"));

        CliRun run = strategy.validate();

        assertEquals(1, run.exitCode());
        String[] lines = run.err().strip().split("\\R");
        assertEquals(2, lines.length, run.err());
        assertEquals(strategy.file("content/kpis.yaml") + ":12:12: error[dangling-ref]: 'owner' refers to 'MDTT', "
                + "which is not the id of any of the stakeholders (did you mean 'MDDT'?)", lines[0]);
        assertEquals("1 error, 0 warnings", lines[1]);
        assertNoStackTrace(run);
    }

    @Test
    void aWarningAloneExitsZeroButOneUnderStrict() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/framework.yaml",
                StrategyFixture.FRAMEWORK + """
                          - id: NT-EXPORTS
                            priority: P1
                            title: ICT exports
                        """);

        CliRun lenient = strategy.validate();
        CliRun strict = strategy.validate("--strict");

        assertEquals(0, lenient.exitCode());
        assertTrue(lenient.err().contains(":11:5: warning[target-uncovered]"), lenient.err());
        assertTrue(lenient.err().contains("0 errors, 1 warning"), lenient.err());
        assertEquals(1, strict.exitCode());
        assertTrue(strict.err().contains(":11:5: error[target-uncovered]"), strict.err());
        assertTrue(strict.err().contains("1 error, 0 warnings"), strict.err());
    }

    @Test
    void pathsUnderTheWorkingDirectoryArePrintedRelativeToIt() throws IOException {
        Path underCwd = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "validate-");
        try {
            StrategyFixture strategy = StrategyFixture.in(underCwd).write("content/kpis.yaml",
                    StrategyFixture.KPIS.replace("owner: MDDT", "owner: MDTT"));

            CliRun run = strategy.validate();

            String relative = Path.of("").toAbsolutePath().relativize(strategy.file("content/kpis.yaml")).toString();
            assertTrue(relative.startsWith("target/validate-"), relative);
            assertTrue(run.err().startsWith(relative + ":12:12: error[dangling-ref]"), run.err());
        } finally {
            FileTrees.delete(underCwd);
        }
    }

    @Test
    void aMissingContentFolderExitsTwoWithOneLine() {
        StrategyFixture strategy = StrategyFixture.in(dir);

        CliRun run = strategy.press("validate", "--content", dir.resolve("no-such-folder").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("press: content folder not found: "), run.err());
        assertEquals(1, run.err().strip().split("\\R").length, run.err());
        assertNoStackTrace(run);
    }

    @Test
    void anUnknownOptionExitsTwo() {
        CliRun run = StrategyFixture.in(dir).validate("--stirct");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--stirct"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void aMissingStrategyYamlIsAContentErrorNotACrash() {
        StrategyFixture strategy = StrategyFixture.in(dir).delete("content/strategy.yaml");

        CliRun run = strategy.validate();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error[missing-file]: strategy.yaml is missing"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void controlCharactersWrittenInContentCannotFakeALine() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/stakeholders.yaml", """
                stakeholders:
                  - id: MDDT
                    name: Ministry of Digital Development and Transport
                    type: "ministry\\nfake.yaml:1:1: error[x]: y"
                """);

        CliRun run = strategy.validate();

        assertEquals(1, run.exitCode());
        assertEquals(2, run.err().strip().split("\\R").length, run.err());
        assertTrue(run.err().contains("'ministry\\nfake.yaml:1:1: error[x]: y'"), run.err());
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("\tat org."), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.out().contains("Exception"), run.out());
    }
}
