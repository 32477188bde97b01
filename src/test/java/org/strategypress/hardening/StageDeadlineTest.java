package org.strategypress.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.DeadlineException;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.pipeline.StageDeadline;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/** Every stage stops at its deadline with a {@code deadline} error naming it, and the previous output stays. */
class StageDeadlineTest {

    private static final String ENDLESS = "<#list 1..2000000000 as i>${i} </#list>";

    @TempDir
    Path dir;
    StrategyFixture strategy;
    TemplateCopy templates;

    @BeforeEach
    void writeStrategyAndTemplates() {
        strategy = StrategyFixture.in(dir);
        templates = TemplateCopy.into(dir.resolve("templates"));
    }

    private static Pipeline pipeline(Duration limit) {
        return new Pipeline(Map.of(), new StageDeadline(limit));
    }

    @Test
    void loadingAHugeInputPastTheDeadlineStopsAtStageLoad() {
        StringBuilder big = new StringBuilder("stakeholders:\n");
        for (int i = 0; big.length() < 1_900_000; i++)
            big.append("  - id: ORG-").append(i).append("\n    name: Organisation number ").append(i).append('\n');
        strategy.write("content/many.yaml", big.toString());

        DeadlineException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DeadlineException.class, () -> pipeline(Duration.ofMillis(20)).check(strategy.content(), false)));

        assertStopped(e.diagnostic(), "load", "20 ms");
        assertEquals(strategy.content(), e.diagnostic().at().file());
    }

    @Test
    void anEndlessSiteTemplateStopsAtStageRenderAndPressBuildExitsOneKeepingThePreviousOutput() {
        strategy.build(templates.root());
        Map<String, String> before = Outputs.snapshot(strategy.out());
        templates.replace("site/index.ftlh", "<ol class=\"cards\">", "<ol class=\"cards\">" + ENDLESS);

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> strategy.press("build", "--deadline-seconds", "2",
                "--content", strategy.content().toString(), "--templates", templates.root().toString(), "--out", strategy.out().toString()));

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("error[deadline]: stage 'render' stopped: it did not finish within 2 s"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        Outputs.assertIntact(before, strategy.out());
    }

    @Test
    void anEndlessPrintTemplateStopsAtStagePdf() {
        templates.replace("print/document.ftlh", "<bookmarks></bookmarks>", "<bookmarks></bookmarks>" + ENDLESS);

        DeadlineException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(DeadlineException.class,
                () -> pipeline(Duration.ofSeconds(3)).build(BuildRequest.of(strategy.content(), templates.root(), strategy.out()))));

        assertStopped(e.diagnostic(), "pdf", "3 s");
        assertEquals(java.util.List.of(), Outputs.leftoversBeside(strategy.out()));
    }

    @Test
    void theEnvironmentVariableSetsTheDeadlineAndABadOptionIsAUsageError() {
        assertEquals(Duration.ofSeconds(7), StageDeadline.from(Map.of("PRESS_DEADLINE_SECONDS", "7")).limit());
        assertEquals(StageDeadline.DEFAULT, StageDeadline.from(Map.of("PRESS_DEADLINE_SECONDS", "soon")).limit());
        assertEquals(StageDeadline.DEFAULT, StageDeadline.from(Map.of()).limit());

        CliRun run = strategy.validate("--deadline-seconds", "0");

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--deadline-seconds must be between 1 and 86400, not 0"), run.err());
    }

    private static void assertStopped(Diagnostic d, String stage, String limit) {
        assertEquals("deadline", d.code());
        assertTrue(d.isError());
        assertTrue(d.message().startsWith("stage '" + stage + "' stopped: it did not finish within " + limit), d.message());
    }
}
