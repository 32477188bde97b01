package org.strategypress.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.testing.StrategyFixture;

/** duplicate-id: an id is unique across all kinds; the second declaration is reported and names the first. */
class DuplicateIdRuleTest {

    @TempDir
    Path dir;

    @Test
    void twoStakeholdersWithOneIdNameBothPlaces() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/stakeholders.yaml", """
                stakeholders:
                  - id: MDDT
                    name: Ministry of Digital Development and Transport
                    type: ministry
                  - id: MDDT
                    name: Ministry of Economy
                    type: ministry
                """);

        Diagnostic d = strategy.only();

        assertEquals("duplicate-id", d.code());
        strategy.assertAt(d, "content/stakeholders.yaml", 5, 5);
        assertTrue(d.message().contains("'MDDT' is declared twice: first at "
                + strategy.file("content/stakeholders.yaml") + ":2:5"), d.message());
    }

    @Test
    void aGapWithThePillarsIdNamesBothFilesAndKinds() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/more-gaps.yaml", """
                gaps:
                  - id: SKILLS
                    pillar: SKILLS
                    title: No digital skills curriculum
                    as_is: Schools teach no digital skills.
                    to_be: Every school teaches them.
                """);

        Diagnostic d = strategy.single("duplicate-id");

        strategy.assertAt(d, "content/pillars.yaml", 2, 5);
        assertTrue(d.message().contains("first at " + strategy.file("content/more-gaps.yaml") + ":2:5 (gaps)"),
                d.message());
        assertTrue(d.message().contains("again here (pillars)"), d.message());
    }
}
