package org.strategypress.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Severity;
import org.strategypress.testing.StrategyFixture;

/** What a writer is told about references: unknown citations, references nothing cites, free-text sources. */
class ReferenceRulesTest {

    @TempDir
    Path dir;

    static final String REFERENCES = """
            references:
              - id: REF-EGOV
                title: UN E-Government Survey 2024
                publisher: United Nations
            """;

    @Test
    void anUnknownCitationIsABrokenLinkAtItsPlace() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/refs.yaml", REFERENCES)
                .write("content/front/01-summary.md", "# Summary\n\nAs the survey shows [[REF-EGOV]] and [[REF-EGOB]].\n");
        Diagnostic d = strategy.single("broken-link");
        strategy.assertAt(d, "content/front/01-summary.md", 3, 38);
        assertTrue(d.message().contains("did you mean 'REF-EGOV'"), d.message());
    }

    @Test
    void aReferenceNothingCitesIsANote() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/refs.yaml", REFERENCES);
        Diagnostic d = strategy.single("reference-unused", true);
        assertEquals(Severity.INFO, d.severity());
        strategy.assertAt(d, "content/refs.yaml", 2, 5);
    }

    @Test
    void aReferenceCitedOnlyAsASourceIsUsed() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/refs.yaml", REFERENCES)
                .write("content/framework.yaml", StrategyFixture.FRAMEWORK + "    source: REF-EGOV\n");
        assertTrue(strategy.diagnostics().stream().noneMatch(d -> d.code().equals("reference-unused")
                || d.code().equals("source-unlinked")), () -> StrategyFixture.describe(strategy.diagnostics()));
    }

    @Test
    void aFreeTextSourceIsANoteNamingTheReferenceWithThatTitle() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/refs.yaml", REFERENCES)
                .write("content/modules/1-intro/01-introduction.md", StrategyFixture.CHAPTER + "\nSee [[REF-EGOV]].\n")
                .write("content/framework.yaml", StrategyFixture.FRAMEWORK + "    source: UN E-Government Survey 2024 (baseline)\n");
        Diagnostic d = strategy.single("source-unlinked", true);
        assertEquals(Severity.INFO, d.severity());
        strategy.assertAt(d, "content/framework.yaml", 11, 13);
        assertTrue(d.message().contains("write REF-EGOV to cite it"), d.message());
    }

    @Test
    void aFreeTextSourceThatNamesNoReferenceStaysQuiet() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/refs.yaml", REFERENCES)
                .write("content/modules/1-intro/01-introduction.md", StrategyFixture.CHAPTER + "\nSee [[REF-EGOV]].\n")
                .write("content/framework.yaml", StrategyFixture.FRAMEWORK + "    source: Ministry records; targets illustrative\n");
        assertEquals(0, strategy.diagnostics().size(), () -> StrategyFixture.describe(strategy.diagnostics()));
    }

    @Test
    void freeTextSourcesOfAStrategyWithoutReferencesStayQuiet() {
        StrategyFixture strategy = StrategyFixture.in(dir)
                .write("content/framework.yaml", StrategyFixture.FRAMEWORK + "    source: UN E-Government Survey 2024\n");
        assertEquals(0, strategy.diagnostics().size(), () -> StrategyFixture.describe(strategy.diagnostics()));
    }

    @Test
    void anAccessDateThatIsNotADateIsABadValue() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/refs.yaml", REFERENCES + "    accessed: 2 Nov 2026\n")
                .write("content/modules/1-intro/01-introduction.md", StrategyFixture.CHAPTER + "\nSee [[REF-EGOV]].\n");
        assertTrue(strategy.single("bad-value").message().contains("YYYY-MM-DD"));
    }
}
