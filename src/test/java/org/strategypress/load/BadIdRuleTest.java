package org.strategypress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.testing.StrategyFixture;

/** bad-id: ids are capital letters and digits in groups joined by '-'. */
class BadIdRuleTest {

    @TempDir
    Path dir;

    @Test
    void aLowerCaseIdIsReportedAtTheId() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/principles.yaml", """
                principles:
                  - id: open-by-default
                    title: Open by default
                    text: Data is published unless there is a reason not to.
                """);

        Diagnostic d = strategy.only();

        assertEquals("bad-id", d.code());
        strategy.assertAt(d, "content/principles.yaml", 2, 9);
        assertTrue(d.message().contains("'open-by-default'"), d.message());
    }

    @Test
    void anIdWithADoubleDashIsReported() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/principles.yaml", """
                principles:
                  - id: OPEN--DATA
                    title: Open by default
                    text: Data is published unless there is a reason not to.
                """);

        strategy.assertAt(strategy.only(), "content/principles.yaml", 2, 9);
    }

    @Test
    void aMilestoneIdIsCheckedToo() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/initiatives.yaml",
                StrategyFixture.INITIATIVES.replace("MS-ACADEMY-OPEN", "ms1"));

        Diagnostic d = strategy.single("bad-id");

        strategy.assertAt(d, "content/initiatives.yaml", 10, 13);
    }
}
