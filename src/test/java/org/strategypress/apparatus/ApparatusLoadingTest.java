package org.strategypress.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Chapter;
import org.strategypress.model.Review;
import org.strategypress.model.Strategy;
import org.strategypress.testing.StrategyFixture;

/** Terms, references, reviews, front matter and written annexes, as a writer lays them out, read into the model. */
class ApparatusLoadingTest {

    @TempDir
    Path dir;

    @Test
    void termsReferencesReviewsFrontMatterAndAnnexesAreRead() {
        StrategyFixture strategy = StrategyFixture.in(dir)
                .write("content/strategy.yaml", StrategyFixture.STRATEGY + """
                        reviews:
                          - {version: "0.2", date: 2026-10-01, by: Ministry of Economy, decision: comments, note: Costs to follow}
                          - {version: "0.3", date: 2026-11-20, by: Ministry of Economy, decision: cleared}
                        """)
                .write("content/apparatus.yaml", """
                        terms:
                          - id: TERM-EGDI
                            term: E-Government Development Index
                            abbr: EGDI
                            definition: The UN's composite index of e-government.
                        references:
                          - id: REF-UN-EGOV-2024
                            title: UN E-Government Survey 2024
                            publisher: United Nations
                            year: 2024
                            url: https://publicadministration.un.org/egovkb
                            accessed: 2026-11-02
                            kind: report
                        """)
                .write("content/front/02-summary.md", "# Executive summary\n\nIn brief.\n")
                .write("content/front/01-foreword.md", "# Foreword\n\nTo come.\n")
                .write("content/annexes/01-method.md", "# Methodology\n\nHow we scored.\n");

        var result = strategy.check(true);
        assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.severity().name().equals("ERROR")).toList());
        Strategy s = result.strategy();
        assertEquals("EGDI", s.terms().get(0).abbr().toString());
        assertEquals(2024, s.references().get(0).year());
        assertEquals("report", s.references().get(0).referenceKind());
        assertEquals(List.of("Foreword", "Executive summary"), s.front().stream().map(Chapter::title).toList());
        assertEquals(List.of("Methodology"), s.annexes().stream().map(Chapter::title).toList());
        Review last = s.meta().latestReview();
        assertEquals("0.3 2026-11-20 cleared Ministry of Economy",
                last.version() + " " + last.date() + " " + last.decision() + " " + last.by());
        assertEquals(2, s.meta().reviews().size());
    }

    @Test
    void aReviewWithADecisionOutsideTheListIsABadValueAtItsPlace() {
        StrategyFixture strategy = StrategyFixture.in(dir)
                .write("content/strategy.yaml", StrategyFixture.STRATEGY + """
                        reviews:
                          - {version: "0.3", date: 2026-11-20, by: Ministry of Economy, decision: rejected}
                        """);
        strategy.assertAt(strategy.single("bad-value"), "content/strategy.yaml", 6, 75);
    }
}
