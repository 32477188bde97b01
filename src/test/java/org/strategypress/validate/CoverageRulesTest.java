package org.strategypress.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Severity;
import org.strategypress.testing.StrategyFixture;

/** pillar-incomplete, too-few-benchmarks and unused-stakeholder. */
class CoverageRulesTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    @Test
    void aPillarWithoutAVisionIsIncomplete() {
        strategy.write("content/pillars.yaml", """
                pillars:
                  - id: SKILLS
                    title: Digital skills
                assessments:
                  - pillar: SKILLS
                    maturity: 2.5
                    summary: Basic digital skills are common.
                gaps:
                  - id: GAP-SKILLS
                    pillar: SKILLS
                    title: Too few ICT specialists
                    as_is: Few graduates in ICT.
                    to_be: A steady supply of ICT graduates.
                """);

        Diagnostic d = strategy.only();

        assertEquals("pillar-incomplete", d.code());
        strategy.assertAt(d, "content/pillars.yaml", 2, 5);
        assertTrue(d.message().contains("pillar SKILLS has no vision; it needs exactly one: add '- pillar: SKILLS' under 'visions:'"),
                d.message());
        assertTrue(d.message().contains("in any YAML file (module 3)"), "no vision exists anywhere, so no note can point at one: " + d.message());
    }

    @Test
    void aSecondAssessmentOfAPillarIsReportedWhereItIsWritten() {
        strategy.write("content/skills/assessment.yaml", """
                assessments:
                  - pillar: SKILLS
                    maturity: 3
                    summary: Written twice by mistake.
                """);

        Diagnostic d = strategy.only();

        assertEquals("pillar-incomplete", d.code());
        strategy.assertAt(d, "content/skills/assessment.yaml", 2, 5);
        assertTrue(d.message().contains("has 2 assessments; it needs exactly one"), d.message());
        assertEquals(1, d.notes().size(), "the first assessment is a related place");
        assertEquals(new org.strategypress.model.SourcePosition(strategy.file("content/pillars.yaml"), 6, 5), d.notes().get(0).at());
    }

    @Test
    void threeBenchmarksAreTooFewByDefault() {
        strategy.write("content/benchmarks.yaml", """
                benchmarks:
                  - id: BM-EE
                    country: Estonia
                    title: Digital state
                    summary: Skills taught from school onwards.
                  - id: BM-SG
                    country: Singapore
                    title: SkillsFuture
                    summary: Credits for lifelong learning.
                  - id: BM-KR
                    country: Korea
                    title: Software schools
                    summary: Coding in every school.
                """);

        Diagnostic d = strategy.only();

        assertEquals("too-few-benchmarks", d.code());
        strategy.assertAt(d, "content/benchmarks.yaml", 10, 5);
        assertTrue(d.message().contains("has 3 benchmarks; at least 4"), d.message());
    }

    @Test
    void aLowerMinimumInRulesAcceptsFewerBenchmarks() {
        strategy.write("content/benchmarks.yaml", """
                benchmarks:
                  - id: BM-EE
                    country: Estonia
                    title: Digital state
                    summary: Skills taught from school onwards.
                  - id: BM-SG
                    country: Singapore
                    title: SkillsFuture
                    summary: Credits for lifelong learning.
                  - id: BM-KR
                    country: Korea
                    title: Software schools
                    summary: Coding in every school.
                """);
        strategy.write("content/strategy.yaml", StrategyFixture.STRATEGY + """
                rules: {min_benchmarks: 2}
                """);

        assertTrue(strategy.check(true).diagnostics().isEmpty(),
                () -> StrategyFixture.describe(strategy.check(true).diagnostics()));
    }

    @Test
    void aStakeholderNothingRefersToIsAnInfoNote() {
        strategy.write("content/stakeholders.yaml", StrategyFixture.STAKEHOLDERS + """
                  - id: CBAR
                    name: Central Bank of the Republic of Azerbaijan
                    type: central-bank
                """);

        Diagnostic d = strategy.only();

        assertEquals("unused-stakeholder", d.code());
        assertEquals(Severity.INFO, d.severity());
        strategy.assertAt(d, "content/stakeholders.yaml", 6, 5);
        assertTrue(d.message().contains("stakeholder CBAR"), d.message());
        assertEquals(0, strategy.validate("--strict").exitCode());
    }
}
