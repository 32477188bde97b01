package org.strategypress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Severity;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/** yaml-syntax: YAML a parser cannot read is reported where the writer made the mistake. */
class YamlSyntaxRuleTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    @Test
    void anUnquotedColonInsideAValueIsReportedAtThatColon() {
        strategy.write("content/stakeholders.yaml", """
                stakeholders:
                  - id: MDDT
                    name: Ministry: Digital Development and Transport
                """);

        Diagnostic d = strategy.single("yaml-syntax");

        strategy.assertAt(d, "content/stakeholders.yaml", 3, 19);
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.message().contains("quote text that contains ': '"), d.message());
    }

    @Test
    void aKeyIndentedLessThanItsSiblingsIsReportedOnItsLine() {
        strategy.write("content/stakeholders.yaml", """
                stakeholders:
                  - id: MDDT
                    name: Ministry of Digital Development and Transport
                   short: MDDT
                """);

        Diagnostic d = strategy.single("yaml-syntax");

        strategy.assertAt(d, "content/stakeholders.yaml", 4, 4);
        assertTrue(d.message().startsWith("malformed YAML"), d.message());
    }

    @Test
    void aKeyIndentedMoreThanItsSiblingsIsReportedOnItsLine() {
        strategy.write("content/stakeholders.yaml", """
                stakeholders:
                  - id: MDDT
                    name: Ministry of Digital Development and Transport
                      short: MDDT
                """);

        Diagnostic d = strategy.single("yaml-syntax");

        assertEquals(4, d.at().line(), d::toString);
        strategy.assertAt(d, "content/stakeholders.yaml", 4, 12);
    }

    @Test
    void theCommandFailsWithTheDiagnosticLine() {
        strategy.write("content/stakeholders.yaml", """
                stakeholders:
                  - id: MDDT
                    name: Ministry: Digital Development and Transport
                """);

        CliRun run = strategy.validate();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("stakeholders.yaml:3:19: error[yaml-syntax]: malformed YAML"), run.err());
    }
}
