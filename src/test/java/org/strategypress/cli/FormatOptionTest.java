package org.strategypress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.report.Json;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/** {@code press validate --format ...}: machine formats on stdout, the exit code unchanged. */
class FormatOptionTest {

    @TempDir
    Path dir;

    StrategyFixture broken() {
        return StrategyFixture.in(dir).write("content/kpis.yaml", StrategyFixture.KPIS.replace("owner: MDDT", "owner: MDTT"));
    }

    @Test
    void jsonGoesToStdoutAndKeepsTheExitCode() throws Exception {
        CliRun run = broken().validate("--format", "json");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.err());
        JsonNode root = Json.MAPPER.readTree(run.out());
        assertEquals("dangling-ref", root.at("/diagnostics/0/code").asText());
        assertEquals(12, root.at("/diagnostics/0/line").asInt());
        assertEquals(1, root.at("/summary/errors").asInt());
    }

    @Test
    void sarifAndGithubAreAccepted() throws Exception {
        CliRun sarif = broken().validate("--format", "SARIF");
        CliRun github = broken().validate("--format", "github");

        assertEquals(1, sarif.exitCode(), sarif.err());
        assertEquals("dangling-ref", Json.MAPPER.readTree(sarif.out()).at("/runs/0/results/0/ruleId").asText());
        assertEquals(1, github.exitCode(), github.err());
        assertTrue(github.out().startsWith("::error file="), github.out());
        assertTrue(github.out().contains(",line=12,col=12,title=dangling-ref::'owner' refers to 'MDTT'"), github.out());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = broken().validate("--format", "xml");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--format"), run.err());
    }
}
