package org.strategypress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.testing.StrategyFixture;

/** missing-field, bad-type and bad-value: each field checked against its kind's schema. */
class FieldRulesTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    @Test
    void aRequiredFieldThatIsAbsentIsReportedAtItsEntity() {
        strategy.write("content/stakeholders.yaml", """
                stakeholders:
                  - id: MDDT
                    short: MDDT
                """);

        Diagnostic d = strategy.only();

        assertEquals("missing-field", d.code());
        strategy.assertAt(d, "content/stakeholders.yaml", 2, 5);
        assertTrue(d.message().contains("needs 'name'"), d.message());
    }

    @Test
    void aRequiredFieldLeftEmptyIsMissingToo() {
        strategy.write("content/stakeholders.yaml", """
                stakeholders:
                  - id: MDDT
                    name:
                """);

        Diagnostic d = strategy.only();

        assertEquals("missing-field", d.code());
        strategy.assertAt(d, "content/stakeholders.yaml", 2, 5);
    }

    @Test
    void aMissingRequiredFieldOfStrategyYamlIsReported() {
        strategy.write("content/strategy.yaml", """
                title: Digital Economy Strategy
                status: draft
                horizon: {from: 2026, to: 2030}
                """);

        Diagnostic d = strategy.only();

        assertEquals("missing-field", d.code());
        strategy.assertAt(d, "content/strategy.yaml", 1, 1);
        assertTrue(d.message().contains("needs 'country'"), d.message());
    }

    @Test
    void aYesWhereTrueOrFalseIsExpectedIsABadType() {
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS + """
                    illustrative: yes
                """);

        Diagnostic d = strategy.only();

        assertEquals("bad-type", d.code());
        strategy.assertAt(d, "content/kpis.yaml", 13, 19);
        assertTrue(d.message().contains("should be true or false, found 'yes'"), d.message());
    }

    @Test
    void aListWhereTextIsExpectedIsABadType() {
        strategy.write("content/stakeholders.yaml", """
                stakeholders:
                  - id: MDDT
                    name: Ministry of Digital Development and Transport
                    short: [MDDT, Ministry]
                """);

        Diagnostic d = strategy.only();

        assertEquals("bad-type", d.code());
        strategy.assertAt(d, "content/stakeholders.yaml", 4, 12);
    }

    @Test
    void aPercentSignInANumberIsABadTypeWithAHint() {
        strategy.write("content/framework.yaml", StrategyFixture.FRAMEWORK.replace("{value: 4, year: 2030}",
                "{value: 4%, year: 2030}"));

        Diagnostic d = strategy.only();

        assertEquals("bad-type", d.code());
        strategy.assertAt(d, "content/framework.yaml", 10, 21);
        assertTrue(d.message().contains("write the unit in 'unit'"), d.message());
    }

    @Test
    void aWordOutsideItsEnumIsABadValueWithASuggestion() {
        strategy.write("content/stakeholders.yaml", """
                stakeholders:
                  - id: MDDT
                    name: Ministry of Digital Development and Transport
                    type: ministy
                """);

        Diagnostic d = strategy.only();

        assertEquals("bad-value", d.code());
        strategy.assertAt(d, "content/stakeholders.yaml", 4, 11);
        assertTrue(d.message().contains("(did you mean 'ministry'?)"), d.message());
    }

    @Test
    void aMaturityAboveFiveIsABadValue() {
        strategy.write("content/pillars.yaml", StrategyFixture.PILLARS.replace("maturity: 2.5", "maturity: 6"));

        Diagnostic d = strategy.single("bad-value");

        strategy.assertAt(d, "content/pillars.yaml", 7, 15);
        assertTrue(d.message().contains("between 1.0 and 5.0"), d.message());
    }
}
