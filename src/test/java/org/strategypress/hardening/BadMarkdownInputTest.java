package org.strategypress.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.render.AssetCollector;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/**
 * Markdown a writer (or someone who can get a file into content/) might write to reach outside the document:
 * event handlers, images through symbolic links, remote images, missing images, broken escapes. Each gives
 * the document or a clear error with its place, and nothing is read or fetched from outside.
 */
class BadMarkdownInputTest {

    private static final String CHAPTER = "content/modules/1-intro/01-introduction.md";

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    @Test
    void anEventHandlerInAProseFieldIsShownAsTextInTheSiteAndThePrintHtml() {
        strategy.write("content/pillars.yaml", StrategyFixture.PILLARS.replace(
                "summary: Basic digital skills are common; advanced skills are scarce.",
                "summary: \"Few graduates <img src=x onerror=alert(1)> in ICT.\""));

        BuildResult r = strategy.build();

        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("unsafe-markdown")), r.diagnostics().toString());
        for (Document d : List.of(strategy.page("SKILLS.html"), strategy.print())) {
            assertTrue(d.select("[onerror], img[src=x]").isEmpty(), d.select("img").outerHtml());
            assertTrue(d.body().text().contains("Few graduates <img src=x onerror=alert(1)> in ICT."), d.body().text());
        }
    }

    @Test
    void anImageThroughASymlinkToEtcIsABrokenLinkAndNeverCopied() throws IOException {
        Path link = strategy.file("content/assets/etc");
        Files.createDirectories(link.getParent());
        try {
            Files.createSymbolicLink(link, Path.of("/etc"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        assumeTrue(Files.isRegularFile(Path.of("/etc/hostname")) || Files.isRegularFile(Path.of("/etc/passwd")));
        String target = Files.isRegularFile(Path.of("/etc/hostname")) ? "hostname" : "passwd";
        strategy.write(CHAPTER, StrategyFixture.CHAPTER + "\n![host](../../assets/etc/" + target + ")\n");

        Diagnostic d = strategy.single("broken-link");

        strategy.assertAt(d, CHAPTER, 8, 1);
        assertTrue(d.message().contains("is a link to a file outside the content folder"), d.message());
        BuildResult r = strategy.buildAllowingErrors(Path.of("templates"));
        assertFalse(r.ok());
        assertFalse(Files.exists(strategy.out()), "a failed first build writes nothing");
        AssetCollector assets = new AssetCollector(strategy.content());
        assertNull(assets.map(strategy.file("content/modules/1-intro"), "../../assets/etc/" + target));
        assertNull(assets.map(strategy.file("content/modules/1-intro"), "assets/etc/" + target));
        Path into = dir.resolve("copy");
        assets.copyInto(into);
        assertFalse(Files.exists(into), "nothing to copy");
    }

    @Test
    void aRemoteImageIsAnErrorAndNothingIsFetched() {
        try (LocalHttpServer server = new LocalHttpServer()) {
            strategy.write(CHAPTER, StrategyFixture.CHAPTER + "\n![map](" + server.url("/a.png") + ")\n");

            Diagnostic d = strategy.single("broken-link");
            BuildResult r = strategy.buildAllowingErrors(Path.of("templates"));

            strategy.assertAt(d, CHAPTER, 8, 1);
            assertTrue(d.message().contains("images are never fetched"), d.message());
            assertFalse(r.ok());
            assertEquals(List.of(), server.requests(), "the build made a request");
        }
    }

    @Test
    void aRemoteLinkIsKeptButNeverFetched() {
        try (LocalHttpServer server = new LocalHttpServer()) {
            strategy.write(CHAPTER, StrategyFixture.CHAPTER + "\nSee [the survey](" + server.url("/survey") + ").\n");

            strategy.build();

            assertEquals(server.url("/survey"), strategy.page("module-1.html").selectFirst("main a[href^=http]").attr("href"));
            assertEquals(List.of(), server.requests(), "the build made a request");
        }
    }

    @Test
    void aMissingImageFailsTheBuildAtTheChapterLineAndKeepsThePreviousOutput() throws IOException {
        strategy.build();
        Map<String, String> before = Outputs.snapshot(strategy.out());
        strategy.write(CHAPTER, StrategyFixture.CHAPTER + "\nSome text.\n\n![Fibre map](../../assets/fibre.png)\n");

        CliRun run = strategy.press("build", "--content", strategy.content().toString(), "--out", strategy.out().toString());

        assertEquals(1, run.exitCode(), run.err());
        String first = run.err().lines().findFirst().orElse("");
        assertTrue(first.endsWith("modules/1-intro/01-introduction.md:10:1: error[broken-link]: image '../../assets/fibre.png'"
                + " not found (looked for assets/fibre.png in the content folder)"), first);
        Outputs.assertIntact(before, strategy.out());
    }

    @Test
    void anImagePathWithABrokenPercentEscapeIsABrokenLinkNotACrash() {
        // found by MarkdownFuzzTest: URLDecoder threw IllegalArgumentException out of validate and build
        strategy.write(CHAPTER, StrategyFixture.CHAPTER + "\n![chart](assets/chart%.png)\n");

        CliRun run = strategy.validate();

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("01-introduction.md:8:1: error[broken-link]: image 'assets/chart%.png' has a '%' that is"
                + " not followed by two hex digits"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }

    static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.count();
        }
    }
}
