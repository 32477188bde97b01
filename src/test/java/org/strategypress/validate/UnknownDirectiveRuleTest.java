package org.strategypress.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.testing.StrategyFixture;

/** unknown-directive: a {{block}} line that names no block, or gives it arguments it does not take. */
class UnknownDirectiveRuleTest {

    private static final String CHAPTER = "content/modules/1-intro/01-introduction.md";

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    @Test
    void aMisspeltDirectiveSuggestsTheRightOne() {
        strategy.write(CHAPTER, """
                ---
                title: Introduction
                ---
                # Introduction

                {{kpi-tabel}}
                """);

        Diagnostic d = strategy.only();

        assertEquals("unknown-directive", d.code());
        strategy.assertAt(d, CHAPTER, 6, 1);
        assertTrue(d.message().contains("unknown directive {{kpi-tabel}} (did you mean 'kpi-table'?)"), d.message());
    }

    @Test
    void anArgumentTheBlockDoesNotTakeIsReported() {
        strategy.write(CHAPTER, """
                # Introduction

                {{trends pillar=SKILLS}}
                """);

        Diagnostic d = strategy.only();

        assertEquals("unknown-directive", d.code());
        strategy.assertAt(d, CHAPTER, 3, 1);
        assertTrue(d.message().contains("{{trends}} takes no arguments, not 'pillar'"), d.message());
    }

    @Test
    void aPillarArgumentNamingNoPillarIsADanglingReference() {
        strategy.write(CHAPTER, """
                # Introduction

                {{kpi-table pillar=NOPE}}
                """);

        Diagnostic d = strategy.only();

        assertEquals("dangling-ref", d.code());
        strategy.assertAt(d, CHAPTER, 3, 1);
        assertTrue(d.message().contains("{{kpi-table pillar=NOPE}}: 'NOPE' is not a pillar"), d.message());
    }

    @Test
    void aKnownDirectiveWithAKnownPillarIsAccepted() {
        strategy.write(CHAPTER, """
                # Introduction

                {{kpi-table pillar=SKILLS}}
                """);

        assertTrue(strategy.diagnostics().isEmpty(), () -> StrategyFixture.describe(strategy.diagnostics()));
    }
}
