package org.strategypress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.testing.StrategyFixture;

/** unknown-kind and unknown-field: misspelt names are reported with a did-you-mean suggestion. */
class UnknownKindAndFieldRuleTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    @Test
    void aMisspeltKindSuggestsTheRightOne() {
        strategy.write("content/principles.yaml", """
                principle:
                  - id: OPEN-BY-DEFAULT
                    title: Open by default
                    text: Data is published unless there is a reason not to.
                """);

        Diagnostic d = strategy.only();

        assertEquals("unknown-kind", d.code());
        strategy.assertAt(d, "content/principles.yaml", 1, 1);
        assertTrue(d.message().contains("unknown kind 'principle' (did you mean 'principles'?)"), d.message());
    }

    @Test
    void aMisspeltFieldSuggestsTheRightOne() {
        strategy.write("content/stakeholders.yaml", """
                stakeholders:
                  - id: MDDT
                    name: Ministry of Digital Development and Transport
                    shrot: MDDT
                """);

        Diagnostic d = strategy.only();

        assertEquals("unknown-field", d.code());
        strategy.assertAt(d, "content/stakeholders.yaml", 4, 5);
        assertTrue(d.message().contains("unknown field 'shrot' in an entry of stakeholders (did you mean 'short'?)"),
                d.message());
    }

    @Test
    void aMisspeltFieldInsideANestedObjectIsFoundToo() {
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("{value: 1200, year: 2024}",
                "{value: 1200, yaer: 2024}"));

        Diagnostic d = strategy.single("unknown-field");

        strategy.assertAt(d, "content/kpis.yaml", 8, 29);
        assertTrue(d.message().contains("(did you mean 'year'?)"), d.message());
    }

    @Test
    void aMisspeltRuleInStrategyYamlSuggestsTheRightOne() {
        strategy.write("content/strategy.yaml", StrategyFixture.STRATEGY + """
                rules:
                  min_benchmark: 2
                """);

        Diagnostic d = strategy.only();

        assertEquals("unknown-field", d.code());
        strategy.assertAt(d, "content/strategy.yaml", 6, 3);
        assertTrue(d.message().contains("(did you mean 'min_benchmarks'?)"), d.message());
    }
}
