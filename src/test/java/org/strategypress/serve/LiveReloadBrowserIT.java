package org.strategypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.strategypress.testing.Browser;
import org.strategypress.testing.StrategyFixture;

/** A writer keeps a page open in Chromium under press serve, saves a YAML title, and sees the page show it. */
class LiveReloadBrowserIT {

    @TempDir
    Path dir;

    @Test
    void aSavedTitleAppearsInTheOpenPage() throws IOException {
        StrategyFixture strategy = StrategyFixture.in(dir);
        Path templates = Templates.copy(dir);
        try (PreviewServer server = PreviewServer.start(strategy.content(), templates, 0, b -> { });
             Browser browser = Browser.start(1280, 900)) {
            browser.open(server.uri().resolve("SKILLS.html").toString());
            assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains("Digital skills"));
            // the reload script is connected before the save
            browser.waitFor().until(d -> server.openEventStreams() > 0);

            strategy.write("content/pillars.yaml", StrategyFixture.PILLARS.replace("title: Digital skills", "title: Skills for everyone"));
            browser.waitFor().until(d -> d.findElement(By.tagName("h1")).getText().contains("Skills for everyone"));
            assertTrue(browser.driver().getTitle().contains("Skills for everyone"));
            // the page's own scripts run under the preview's Content-Security-Policy without complaint
            assertEquals(List.of(), browser.consoleErrors());
        }
    }
}
