package org.strategypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.pipeline.StageDeadline;
import org.strategypress.testing.StrategyFixture;

/** A rebuild of the preview that runs past its deadline fails like any broken build: the last good site stays served. */
class PreviewDeadlineTest {

    @TempDir
    Path dir;

    @Test
    void aRebuildPastTheDeadlineKeepsTheLastGoodSiteAndTheNextSaveRecovers() throws IOException {
        StrategyFixture strategy = StrategyFixture.in(dir);
        Path templates = Templates.copy(dir);
        Path index = templates.resolve("site/index.ftlh");
        String good = Files.readString(index);
        Pipeline pipeline = new Pipeline(Map.of(), new StageDeadline(Duration.ofSeconds(2)));
        try (PreviewBuilder builder = new PreviewBuilder(strategy.content(), templates, pipeline)) {
            assertTrue(builder.rebuild().ok());
            Path site = builder.site().orElseThrow();

            Files.writeString(index, good.replace("<ol class=\"cards\">", "<ol class=\"cards\"><#list 1..2000000000 as i>${i}</#list>"));
            BuildOutcome stopped = assertTimeoutPreemptively(Duration.ofSeconds(30), builder::rebuild);

            assertFalse(stopped.ok());
            assertEquals("deadline", stopped.errors().get(0).code(), stopped.errors().toString());
            assertTrue(stopped.errors().get(0).message().startsWith("stage 'render' stopped"));
            assertEquals(site, builder.site().orElseThrow(), "the last good site is still the one served");
            assertTrue(Files.isRegularFile(site.resolve("index.html")));

            Files.writeString(index, good);
            assertTrue(builder.rebuild().ok(), "the next save builds again");
        }
    }
}
