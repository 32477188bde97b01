package org.strategypress.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Severity;
import org.strategypress.model.SourcePosition;
import org.strategypress.testing.StrategyFixture;

/**
 * One mistake gives one message, its cause first: what only follows from an unreadable file or a dropped entity is
 * held back behind a single note, and a misspelt field is not also a missing one.
 */
class OneMistakeOneMessageTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    private List<Diagnostic> errors() {
        return strategy.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    @Test
    void aBadIndentationInTheStakeholdersFileIsOneErrorNotADanglingReferencePerUse() {
        strategy.write("content/stakeholders.yaml", """
                stakeholders:
                  - id: MDDT
                    name: Ministry of Digital Development and Transport
                   short: MDDT
                    type: ministry
                """);

        List<Diagnostic> all = strategy.diagnostics();

        assertEquals(1, errors().size(), () -> StrategyFixture.describe(all));
        assertEquals("yaml-syntax", all.get(0).code(), "the cause comes first");
        Diagnostic note = all.get(all.size() - 1);
        assertEquals("follow-on", note.code());
        assertEquals(Severity.INFO, note.severity());
        assertTrue(note.message().startsWith("2 further problems may follow"), note.message());
    }

    @Test
    void aMisspeltRequiredFieldIsOneUnknownFieldErrorWithTheFieldMeant() {
        strategy.write("content/pillars.yaml", StrategyFixture.PILLARS.replace("    title: Too few ICT specialists",
                "    titel: Too few ICT specialists"));

        List<Diagnostic> errors = errors();

        assertEquals(1, errors.size(), () -> StrategyFixture.describe(strategy.diagnostics()));
        assertEquals("unknown-field", errors.get(0).code());
        assertTrue(errors.get(0).message().contains("did you mean 'title'"), errors.get(0).message());
        strategy.assertAt(errors.get(0), "content/pillars.yaml", 15, 5);
    }

    @Test
    void anInitiativeDroppedForAMissingFieldDoesNotLeaveItsGapUnaddressedOrItsKpiDangling() {
        strategy.write("content/initiatives.yaml", StrategyFixture.INITIATIVES.replace("    owner: MDDT\n", ""));

        List<Diagnostic> errors = errors();

        assertEquals(1, errors.size(), () -> StrategyFixture.describe(strategy.diagnostics()));
        assertEquals("missing-field", errors.get(0).code());
        assertTrue(errors.get(0).message().contains("needs 'owner'"), errors.get(0).message());
    }

    @Test
    void theCauseIsListedBeforeWhatFollowsEvenInAnEarlierFile() {
        strategy.write("content/a-first.yaml", """
                gaps:
                  - id: GAP-LONELY
                    pillar: SKILLS
                    title: Nobody addresses this
                    as_is: a
                    to_be: b
                """).write("content/zz-broken.yaml", "pillars: [unclosed\n");

        List<Diagnostic> all = strategy.diagnostics();

        assertEquals("yaml-syntax", all.get(0).code(), () -> StrategyFixture.describe(all));
        assertEquals("gap-unaddressed", all.get(1).code(), "a gap the broken file does not mention is still reported");
    }

    @Test
    void aPillarWithoutAVisionPointsAtWhereVisionsAreWritten() {
        strategy.write("content/connect.yaml", StrategyFixture.CONNECTIVITY.replace("""
                visions:
                  - pillar: CONNECT
                    statement: Gigabit for all.
                """, ""));

        Diagnostic d = strategy.only();

        assertEquals("pillar-incomplete", d.code());
        strategy.assertAt(d, "content/connect.yaml", 2, 5);
        assertTrue(d.message().contains("has no vision; it needs exactly one: add '- pillar: CONNECT' under 'visions:'"), d.message());
        assertEquals(List.of(new Diagnostic.Note("visions are written here", new SourcePosition(strategy.file("content/pillars.yaml"), 10, 5))),
                d.notes());
    }

    @Test
    void aStrategyYamlThatDoesNotParseIsOneErrorNotOneMessagePerInitiativeWithScores() {
        strategy.write("content/strategy.yaml", StrategyFixture.STRATEGY + "rules: [unclosed\n")
                .write("content/initiatives.yaml", StrategyFixture.INITIATIVES + "    scores: {impact: 4}\n");

        List<Diagnostic> errors = errors();

        assertEquals(1, errors.size(), () -> StrategyFixture.describe(strategy.diagnostics()));
        assertEquals("yaml-syntax", errors.get(0).code());
        assertTrue(strategy.diagnostics().stream().anyMatch(d -> d.code().equals("follow-on")));
    }
}
