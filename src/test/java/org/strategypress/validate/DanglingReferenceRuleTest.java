package org.strategypress.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/** dangling-ref: every reference names a declared id of the kind its field takes. */
class DanglingReferenceRuleTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    @Test
    void aMisspeltIdIsReportedAtTheReferenceWithASuggestion() {
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("measures: [INI-ACADEMY]",
                "measures: [INI-ACADEMI]"));

        Diagnostic d = strategy.single("dangling-ref");

        strategy.assertAt(d, "content/kpis.yaml", 4, 16);
        assertTrue(d.message().contains("'measures' refers to 'INI-ACADEMI'"), d.message());
        assertTrue(d.message().contains("(did you mean 'INI-ACADEMY'?)"), d.message());
    }

    @Test
    void anIdOfTheWrongKindIsReportedWithItsKind() {
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("owner: MDDT", "owner: SKILLS"));

        Diagnostic d = strategy.single("dangling-ref");

        strategy.assertAt(d, "content/kpis.yaml", 12, 12);
        assertTrue(d.message().contains("'owner' takes stakeholders, but 'SKILLS' is one of the pillars"), d.message());
    }

    @Test
    void theSecondItemOfAListIsPointedAt() {
        strategy.write("content/initiatives.yaml", StrategyFixture.INITIATIVES.replace("addresses: [GAP-SKILLS]",
                "addresses: [GAP-SKILLS, GAP-SKILS]"));

        Diagnostic d = strategy.single("dangling-ref");

        strategy.assertAt(d, "content/initiatives.yaml", 5, 29);
    }

    @Test
    void theCommandFailsAndPrintsTheReference() {
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("measures: [INI-ACADEMY]",
                "measures: [INI-ACADEMI]"));

        CliRun run = strategy.validate();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("kpis.yaml:4:16: error[dangling-ref]: 'measures' refers to 'INI-ACADEMI'"),
                run.err());
    }
}
