package org.strategypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;

/** A writer saves a file: the open page hears "reload" and shows the change, or the problems, then the fix. */
class PreviewServerReloadTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void savesRebuildReloadAndShowProblemsUntilFixed() throws IOException, InterruptedException {
        StrategyFixture strategy = StrategyFixture.in(dir);
        Path templates = Templates.copy(dir);
        List<BuildOutcome> builds = new CopyOnWriteArrayList<>();
        try (PreviewServer server = PreviewServer.start(strategy.content(), templates, 0, builds::add);
             Http.Events events = new Http.Events(server.port())) {
            int port = server.port();
            assertNotNull(events.await(": connected", WAIT), "the event stream opens");

            // an edit to a YAML file: reload, and the page shows it
            long saved = System.nanoTime();
            strategy.write("content/pillars.yaml", StrategyFixture.PILLARS.replace("title: Digital skills", "title: Skills for everyone"));
            assertNotNull(events.await("event: reload", WAIT), "a reload event after the save");
            long reloadMs = (System.nanoTime() - saved) / 1_000_000;
            System.out.println("press serve test: save to reload event " + reloadMs + " ms, rebuild "
                    + builds.get(builds.size() - 1).millis() + " ms");
            assertTrue(Http.get(port, "/").body().contains("Skills for everyone"));

            // a content error: the last good page stays, with the problem on top, escaped; the server still answers
            strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("direction: increase", "direction: \"<b>up</b>\""));
            assertNotNull(events.await("event: reload", WAIT), "a reload event after the broken save");
            HttpResponse<String> broken = Http.get(port, "/");
            assertEquals(200, broken.statusCode());
            String page = broken.body();
            assertTrue(page.contains("id=\"press-overlay\""), page);
            assertTrue(page.contains("kpis.yaml:7:16"), "file:line of the problem:\n" + page);
            assertTrue(page.contains("error[bad-value]"), page);
            assertTrue(page.contains("&lt;b&gt;up&lt;/b&gt;") && !page.contains("<b>up</b>"), "the writer's text is escaped");
            assertTrue(page.contains("Skills for everyone"), "the last good site is still served");
            assertEquals(200, Http.get(port, "/SKILLS.html").statusCode());

            // fixed: the normal page again
            strategy.write("content/kpis.yaml", StrategyFixture.KPIS);
            assertNotNull(events.await("event: reload", WAIT), "a reload event after the fix");
            String fixed = Http.get(port, "/").body();
            assertFalse(fixed.contains("id=\"press-overlay\""), fixed);
            assertTrue(builds.get(builds.size() - 1).ok());
        }
    }

    @Test
    void aTemplateErrorShowsInTheOverlayAndRecovers() throws IOException, InterruptedException {
        StrategyFixture strategy = StrategyFixture.in(dir);
        Path templates = Templates.copy(dir);
        Path index = templates.resolve("site/index.ftlh");
        String good = Files.readString(index);
        try (PreviewServer server = PreviewServer.start(strategy.content(), templates, 0, b -> { });
             Http.Events events = new Http.Events(server.port())) {
            assertNotNull(events.await(": connected", WAIT));
            Files.writeString(index, good.replace("<h1>${m.title}</h1>", "<h1>${m.title</h1>"));
            assertNotNull(events.await("event: reload", WAIT));
            String page = Http.get(server.port(), "/").body();
            assertTrue(page.contains("error[template-error]"), page);
            assertTrue(page.contains("index.ftlh:"), page);
            assertTrue(page.contains("Digital Economy Strategy"), "the last good site is still served");

            Files.writeString(index, good);
            assertNotNull(events.await("event: reload", WAIT));
            assertFalse(Http.get(server.port(), "/").body().contains("id=\"press-overlay\""));
        }
    }

    @Test
    void aNewFolderIsWatchedToo() throws IOException, InterruptedException {
        StrategyFixture strategy = StrategyFixture.in(dir);
        try (PreviewServer server = PreviewServer.start(strategy.content(), Templates.copy(dir), 0, b -> { });
             Http.Events events = new Http.Events(server.port())) {
            assertNotNull(events.await(": connected", WAIT));
            Files.createDirectories(strategy.file("content/extra/deeper"));
            assertNotNull(events.await("event: reload", WAIT), "creating the folder is a change");
            Thread.sleep(300);
            strategy.write("content/extra/deeper/more.yaml", """
                    stakeholders:
                      - id: MOE
                        name: Ministry of Economy
                    """);
            assertNotNull(events.await("event: reload", WAIT), "a file in the new folder is seen");
            assertEquals(200, Http.get(server.port(), "/MOE.html").statusCode());
        }
    }
}
