package org.strategypress.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.testing.StrategyFixture;

/**
 * The module-4 decisions of version 2 (prioritisation, costing and financing, milestone status, governance bodies,
 * risks): a strategy using all of them validates clean, and each one-defect variant gives exactly its own diagnostic
 * at its own line.
 */
class RoadmapDecisionRulesTest {

    static final String STRATEGY = StrategyFixture.STRATEGY + """
            currency: {code: USD, scale: million}
            as_of: 2027-06
            prioritisation:
              criteria:
                - {id: impact, title: Impact, weight: 40, axis: y}
                - {id: feasibility, title: Feasibility, weight: 30, axis: x}
                - {id: readiness, title: Readiness, weight: 30, axis: x}
            """;

    static final String STAKEHOLDERS = StrategyFixture.STAKEHOLDERS + """
              - id: MOF
                name: Ministry of Finance
                type: ministry
              - id: WB
                name: World Bank Group
                type: international
            """;

    static final String INITIATIVES = """
            initiatives:
              - id: INI-ACADEMY
                title: National ICT academy
                pillar: SKILLS
                addresses: [GAP-SKILLS]
                owner: MDDT
                partners: [MOF]
                consulted: [WB]
                informed: [MOF]
                start: 2026
                end: 2027
                priority: high
                quick_win: true
                scores: {impact: 5, feasibility: 4, readiness: 4}
                cost:
                  - {year: 2026, amount: 2}
                  - {year: 2027, amount: 3}
                funding:
                  - {source: MOF, amount: 3, status: committed}
                  - {source: WB, amount: 1, status: sought}
                illustrative: true
                milestones:
                  - id: MS-ACADEMY-OPEN
                    title: Academy opens
                    due: 2027-03
                    status: done
                    done: 2027-02
                  - id: MS-ACADEMY-FIRST
                    title: First cohort graduates
                    due: 2027-12
                    status: on-track
            """;

    static final String BODIES = """
            bodies:
              - id: DDC
                title: Digital Development Council
                kind: council
                chair: MDDT
                members: [MOF]
                secretariat: MDDT
                meets: quarterly
                mandate: Steers the strategy.
              - id: PMO
                title: Delivery unit
                kind: office
                reports_to: DDC
            risks:
              - id: RISK-FUNDS
                title: Budget cuts
                likelihood: high
                impact: high
                mitigated_by: [INI-ACADEMY]
                owner: MOF
                category: fiduciary
                response: Phase the spending.
            """;

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir)
                .write("content/strategy.yaml", STRATEGY)
                .write("content/stakeholders.yaml", STAKEHOLDERS)
                .write("content/initiatives.yaml", INITIATIVES)
                .write("content/bodies.yaml", BODIES);
    }

    @Test
    void theWholeRoadmapValidatesClean() {
        List<Diagnostic> all = strategy.diagnostics();
        assertEquals(List.of(), all, () -> StrategyFixture.describe(all));
    }

    private Diagnostic only(String code, String file, int line) {
        Diagnostic d = strategy.only();
        assertEquals(code, d.code(), d::toString);
        assertEquals(line, d.at().line(), d::toString);
        assertEquals(strategy.file(file), d.at().file().toAbsolutePath().normalize(), d::toString);
        return d;
    }

    private void initiatives(String from, String to) {
        assertTrue(INITIATIVES.contains(from), from);
        strategy.write("content/initiatives.yaml", INITIATIVES.replace(from, to));
    }

    @Test
    void weightsSummingTo90AreAnErrorAtTheCriteria() {
        strategy.write("content/strategy.yaml", STRATEGY.replace("weight: 40", "weight: 30"));
        Diagnostic d = only("weights-sum", "content/strategy.yaml", 8);
        assertTrue(d.message().contains("sum to 90"), d.message());
    }

    @Test
    void anUnscoredInitiativeIsAnErrorAtTheInitiative() {
        strategy.write("content/more.yaml", """
                initiatives:
                  - id: INI-B
                    title: Second
                    pillar: SKILLS
                    addresses: [GAP-SKILLS]
                    owner: MDDT
                    start: 2026
                    end: 2028
                """);
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("[INI-ACADEMY]", "[INI-ACADEMY, INI-B]"));
        Diagnostic d = only("score-missing", "content/more.yaml", 2);
        assertTrue(d.message().contains("INI-B is not scored"), d.message());
    }

    @Test
    void aMissingCriterionIsAnErrorAtTheScores() {
        initiatives(", readiness: 4}", "}");
        Diagnostic d = only("score-missing", "content/initiatives.yaml", 14);
        assertTrue(d.message().contains("not scored on readiness"), d.message());
    }

    @Test
    void aMisspeltCriterionIsOneErrorWithDidYouMean() {
        initiatives("readiness: 4}", "readyness: 4}");
        Diagnostic d = only("score-missing", "content/initiatives.yaml", 14);
        assertTrue(d.message().contains("did you mean 'readiness'"), d.message());
    }

    @Test
    void aScoreOutsideTheScaleIsAnError() {
        initiatives("impact: 5,", "impact: 7,");
        Diagnostic d = only("score-missing", "content/initiatives.yaml", 14);
        assertTrue(d.message().contains("outside the scale 1 to 5"), d.message());
    }

    @Test
    void aQuickWinEndingLateIsAWarningAtItsEnd() {
        initiatives("    end: 2027\n", "    end: 2029\n");
        Diagnostic d = only("quick-win-late", "content/initiatives.yaml", 11);
        assertTrue(d.message().contains("by 2027"), d.message());
    }

    @Test
    void quickWinYearsIsAThreshold() {
        initiatives("    end: 2027\n", "    end: 2028\n");
        strategy.write("content/strategy.yaml", STRATEGY + "rules:\n  quick_win_years: 3\n");
        List<Diagnostic> all = strategy.diagnostics();
        assertEquals(List.of(), all, () -> StrategyFixture.describe(all));
    }

    @Test
    void fundingAboveCostIsAnErrorAtTheFunding() {
        initiatives("amount: 1, status: sought", "amount: 3, status: sought");
        Diagnostic d = only("funding-exceeds-cost", "content/initiatives.yaml", 18);
        assertTrue(d.message().contains("funded 6 USD million, more than its cost 5 USD million"), d.message());
    }

    @Test
    void aMostlySoughtHighPriorityInitiativeIsAFundingGapWarning() {
        initiatives("amount: 3, status: committed", "amount: 2, status: expected");
        Diagnostic d = only("funding-gap", "content/initiatives.yaml", 18);
        assertTrue(d.message().contains("3 USD million of its 5 USD million"), d.message());
    }

    @Test
    void aCostYearOutsideTheHorizonIsAnError() {
        initiatives("{year: 2026, amount: 2}", "{year: 2025, amount: 2}");
        Diagnostic d = only("cost-out-of-horizon", "content/initiatives.yaml", 16);
        assertTrue(d.message().contains("2025"), d.message());
    }

    @Test
    void aReportingCycleIsAnErrorAtTheReportsToLine() {
        strategy.write("content/bodies.yaml", BODIES.replace("    secretariat: MDDT\n", "    secretariat: MDDT\n    reports_to: PMO\n"));
        Diagnostic d = only("body-cycle", "content/bodies.yaml", 8);
        assertTrue(d.message().contains("DDC -> PMO -> DDC"), d.message());
    }

    @Test
    void aDoneMilestoneWithoutADateIsAnErrorAtItsStatus() {
        initiatives("        done: 2027-02\n", "");
        Diagnostic d = only("milestone-status", "content/initiatives.yaml", 26);
        assertTrue(d.message().contains("no 'done' date"), d.message());
    }

    @Test
    void aDoneDateAfterAsOfIsAnErrorAtTheDate() {
        initiatives("done: 2027-02", "done: 2027-08");
        Diagnostic d = only("milestone-status", "content/initiatives.yaml", 27);
        assertTrue(d.message().contains("after the reporting date as_of 2027-06"), d.message());
    }

    @Test
    void aPlannedMilestonePastDueIsAnErrorAtItsStatus() {
        initiatives("        status: done\n        done: 2027-02\n", "        status: planned\n");
        Diagnostic d = only("milestone-status", "content/initiatives.yaml", 26);
        assertTrue(d.message().contains("it is late"), d.message());
    }

    @Test
    void anUnmitigatedHighHighRiskIsAnErrorAtItsMitigatedBy() {
        strategy.write("content/bodies.yaml", BODIES.replace("mitigated_by: [INI-ACADEMY]", "mitigated_by: []"));
        Diagnostic d = only("risk-unmitigated", "content/bodies.yaml", 19);
        assertTrue(d.message().contains("RISK-FUNDS"), d.message());
    }

    @Test
    void aStatedPriorityAgainstTheRankIsANoteAtThePriority() {
        strategy.write("content/more.yaml", """
                initiatives:
                  - id: INI-B
                    title: Second
                    pillar: SKILLS
                    addresses: [GAP-SKILLS]
                    owner: MDDT
                    start: 2026
                    end: 2028
                    priority: high
                    scores: {impact: 1, feasibility: 1, readiness: 1}
                  - id: INI-C
                    title: Third
                    pillar: SKILLS
                    addresses: [GAP-SKILLS]
                    owner: MDDT
                    start: 2026
                    end: 2028
                    scores: {impact: 3, feasibility: 3, readiness: 3}
                """);
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("[INI-ACADEMY]", "[INI-ACADEMY, INI-B, INI-C]"));
        Diagnostic d = only("priority-rank", "content/more.yaml", 9);
        assertTrue(d.message().contains("ranks it 3 of 3, in the bottom third (low)"), d.message());
    }

    @Test
    void aBadMilestoneStatusWordIsABadValue() {
        initiatives("status: on-track", "status: ontrack");
        Diagnostic d = only("bad-value", "content/initiatives.yaml", 31);
        assertTrue(d.message().contains("did you mean 'on-track'"), d.message());
    }

    @Test
    void aStakeholderNamedOnlyAsAFunderIsUsed() {
        initiatives("    consulted: [WB]\n", "");
        List<Diagnostic> all = strategy.diagnostics();
        assertEquals(List.of(), all, () -> StrategyFixture.describe(all));
    }

    @Test
    void aFunderWithoutItsFundingLineIsUnused() {
        strategy.write("content/initiatives.yaml", INITIATIVES.replace("    consulted: [WB]\n", "")
                .replace("      - {source: WB, amount: 1, status: sought}\n", ""));
        Diagnostic d = only("unused-stakeholder", "content/stakeholders.yaml", 9);
        assertTrue(d.message().contains("stakeholder WB"), d.message());
    }

    static final String QUADRANTS = """
              quadrants:
                top_right: Quick wins
                top_left: Transformational
                bottom_right: Strategic priorities
                bottom_left: Deprioritised
            """;

    @Test
    void namedQuadrantsValidateClean() {
        strategy.write("content/strategy.yaml", STRATEGY + QUADRANTS);
        List<Diagnostic> all = strategy.diagnostics();
        assertEquals(List.of(), all, () -> StrategyFixture.describe(all));
    }

    @Test
    void aMisspeltQuadrantIsOneErrorAtItsKey() {
        strategy.write("content/strategy.yaml", STRATEGY + QUADRANTS.replace("bottom_left:", "botom_left:"));
        Diagnostic d = only("unknown-field", "content/strategy.yaml", 16);
        assertTrue(d.message().contains("did you mean 'bottom_left'"), d.message());
    }

    @Test
    void threeQuadrantNamesAreOneErrorAtTheQuadrants() {
        strategy.write("content/strategy.yaml", STRATEGY + QUADRANTS.replace("    top_left: Transformational\n", ""));
        Diagnostic d = only("missing-field", "content/strategy.yaml", 13);
        assertTrue(d.message().contains("'top_left'"), d.message());
    }

    @Test
    void aMisspeltActionPlanGroupingIsOneErrorAtTheDirective() {
        strategy.write("content/modules/4-roadmap/01-plan.md", "# Plan\n\n{{action-plan by=quartr}}\n");
        Diagnostic d = only("unknown-directive", "content/modules/4-roadmap/01-plan.md", 3);
        assertTrue(d.message().contains("by is year or quarter (did you mean 'quarter'?)"), d.message());
    }
}
