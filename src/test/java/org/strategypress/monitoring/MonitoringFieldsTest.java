package org.strategypress.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Kpi;
import org.strategypress.model.Objective;
import org.strategypress.model.Strategy;
import org.strategypress.pipeline.CheckResult;
import org.strategypress.testing.StrategyFixture;

/** Version 2's theory-of-change and monitoring fields load, default, and are checked like every other field. */
class MonitoringFieldsTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    private Strategy loaded() {
        CheckResult r = strategy.check(true);
        assertFalse(r.hasErrors(), () -> StrategyFixture.describe(r.diagnostics()));
        return r.strategy();
    }

    @Test
    void themesObjectivesAndReferenceSheetFieldsLoad() {
        strategy.write("content/strategy.yaml", StrategyFixture.STRATEGY + "as_of: 2027-06\n");
        strategy.write("content/themes.yaml", """
                themes:
                  - id: TH-TALENT
                    title: Talent for the digital economy
                    summary: Skills across every pillar.
                objectives:
                  - id: OBJ-SKILLS
                    title: More ICT graduates
                    pillar: SKILLS
                    contributes_to: [NT-ICT]
                    assumptions:
                      - Universities expand ICT places
                    constraints: [GAP-SKILLS]
                """);
        strategy.write("content/initiatives.yaml", StrategyFixture.INITIATIVES.replace("    owner: MDDT\n",
                "    owner: MDDT\n    theme: TH-TALENT\n    objectives: [OBJ-SKILLS]\n"));
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS + """
                    level: outcome
                    objective: OBJ-SKILLS
                    definition: Graduates of ICT **bachelor** programmes in the calendar year.
                    formula: sum of ICT graduates over all universities
                    disaggregation: [sex, region]
                    method: administrative data of the Ministry of Science and Education
                    limitations: excludes private bootcamps
                    actuals:
                      - {year: 2026, value: 1500, source: Ministry of Science and Education}
                      - {year: 2027-03, value: 1900, illustrative: true}
                """);

        Strategy s = loaded();

        assertEquals("Talent for the digital economy", s.themes().get(0).title().in("en"));
        assertEquals("TH-TALENT", s.initiatives().get(0).theme().id());
        Objective o = s.objectives().get(0);
        assertEquals("Universities expand ICT places", o.assumptions().get(0).in("en"));
        assertEquals("GAP-SKILLS", o.constraints().get(0).id());
        Kpi k = s.kpis().get(0);
        assertEquals("OBJ-SKILLS", k.objective().id());
        assertEquals(List.of("sex", "region"), k.disaggregation().stream().map(t -> t.in("en")).toList());
        assertEquals("MDDT", k.responsibleOrOwner().id(), "responsible defaults to the owner");
        assertEquals("2027-03", k.actuals().get(1).year().toString());
        assertEquals(Boolean.TRUE, k.actuals().get(1).illustrative());
        assertNull(k.actuals().get(0).illustrative());
        assertEquals("2027-06", s.meta().asOf().toString());
    }

    @Test
    void aKpiWithoutALevelIsAnOutcomeIndicator() {
        Kpi k = loaded().kpis().get(0);

        assertNull(k.level());
        assertEquals("outcome", k.levelOrDefault());
    }

    @Test
    void anUnknownLevelIsABadValueAtTheWord() {
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS + "    level: result\n");

        Diagnostic d = strategy.single("bad-value");

        strategy.assertAt(d, "content/kpis.yaml", 13, 12);
        assertTrue(d.message().contains("output"), d.message());
    }

    @Test
    void aThemeThatDoesNotExistIsADanglingReference() {
        strategy.write("content/initiatives.yaml", StrategyFixture.INITIATIVES.replace("    owner: MDDT\n",
                "    owner: MDDT\n    theme: TH-NOPE\n"));

        Diagnostic d = strategy.single("dangling-ref");

        strategy.assertAt(d, "content/initiatives.yaml", 7, 12);
    }

    @Test
    void anAsOfWithoutAMonthIsABadValue() {
        strategy.write("content/strategy.yaml", StrategyFixture.STRATEGY + "as_of: 2027\n");

        Diagnostic d = strategy.single("bad-value");

        strategy.assertAt(d, "content/strategy.yaml", 5, 8);
        assertTrue(d.message().contains("as_of should name a month"), d.message());
    }

    @Test
    void aValueMarkedSourcedUnderAnIllustrativeKpiIsNotIllustrative() {
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("baseline: {value: 1200, year: 2024}",
                "baseline: {value: 1200, year: 2024, illustrative: false}") + "    illustrative: true\n");

        Kpi k = loaded().kpis().get(0);

        assertFalse(k.baseline().illustrativeUnder(k.illustrative()));
        assertTrue(k.targets().get(0).illustrativeUnder(k.illustrative()));
    }

    @Test
    void oneUnsourcedUnmarkedValueInAStrategyThatMarksValuesIsNoted() {
        // the national target is marked illustrative; the KPI has no source and no mark: each of its values is noted
        strategy.write("content/framework.yaml", StrategyFixture.FRAMEWORK + "    illustrative: true\n");
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("owner: MDDT", "owner: MDDT\n    illustrative: true")
                .replace("{year: 2030, value: 3000}", "{year: 2030, value: 3000, illustrative: false}"));

        Diagnostic d = strategy.single("illustrative-unmarked");

        strategy.assertAt(d, "content/kpis.yaml", 11, 9);
        assertEquals("info", d.severity().label());
        assertTrue(d.message().startsWith("KPI KPI-GRADUATES target 3000 (2030) has neither a source nor an illustrative mark"), d.message());
    }

    @Test
    void aStrategyThatMarksNothingGetsNoIllustrativeNotes() {
        assertTrue(strategy.diagnostics().isEmpty(), () -> StrategyFixture.describe(strategy.diagnostics()));
    }
}
