package org.strategypress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.render.html.TemplateSet;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/**
 * The templates and fonts inside the jar: a strategy with no templates folder builds the site and the PDF, a
 * project's templates folder overrides them file by file, and `press templates` writes them out.
 */
class BuiltInTemplatesTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeValidStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    @Test
    void withNoTemplatesFolderTheSiteAndThePdfComeFromTheBuiltInSet() {
        Pipeline pipeline = new Pipeline();
        BuildResult r = pipeline.build(BuildRequest.of(strategy.content(), dir.resolve("templates"), strategy.out()));

        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));
        Path out = strategy.out();
        for (String f : new String[] {"html/index.html", "html/kpis.html", "html/search.html", "html/site/site.css",
                "html/site/site.js", "html/fonts/NotoSans-Regular.ttf", "pdf/print/print.css", "pdf/print/blocks.css",
                "pdf/fonts/NotoSans-Bold.ttf"})
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        assertTrue(Files.isRegularFile(strategy.pdf()));
        TemplateSet set = pipeline.templateSet();
        assertEquals(null, set.project());
        assertTrue(set.origins().values().stream().allMatch(TemplateSet.Layer::builtIn), set.origins()::toString);
        assertTrue(set.describeOrigins().startsWith("templates: no templates folder; "), set.describeOrigins());
    }

    @Test
    void aTemplatesFolderHoldingOnlyThePrintStylesheetKeepsThatFileAndTakesTheRestBuiltIn() throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("print"));
        String css = Files.readString(Path.of("templates/print/print.css")) + "\n/* restyled by the design team */\n";
        Files.writeString(templates.resolve("print/print.css"), css);

        CliRun run = strategy.press("build", "--content", strategy.content().toString(), "--templates", templates.toString(),
                "--out", strategy.out().toString(), "-v");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(css, Files.readString(strategy.out().resolve("pdf/print/print.css")));
        assertTrue(Files.isRegularFile(strategy.out().resolve("pdf/print/blocks.css")));
        assertTrue(Files.isRegularFile(strategy.out().resolve("pdf/fonts/NotoSans-Regular.ttf")));
        assertTrue(Files.isRegularFile(strategy.out().resolve("html/kpis.html")), "the built-in pages are all there");
        assertTrue(run.out().contains("templates: 1 from ") && run.out().contains("(print/print.css)")
                && run.out().contains(" built in"), run.out());
    }

    @Test
    void aProjectTemplateOverridesTheBuiltInOneAndAnErrorInItIsPlacedInTheProject() throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("site"));
        Files.writeString(templates.resolve("site/search.ftlh"), "<#import \"layout.ftlh\" as l>\n<p>${doc.nope}</p>\n");

        Diagnostic d = org.junit.jupiter.api.Assertions.assertThrows(org.strategypress.render.RenderException.class,
                () -> strategy.buildAllowingErrors(templates)).diagnostic();

        assertEquals("template-error", d.code());
        assertTrue(d.at().file().toAbsolutePath().normalize().equals(templates.resolve("site/search.ftlh").toAbsolutePath().normalize()),
                d.toString());
        assertEquals(2, d.at().line(), d.toString());
    }

    @Test
    void aFullCopyFromAnOlderInitWithoutThePagesAddedSinceStillBuildsWithoutThem() throws IOException {
        Path templates = dir.resolve("templates");
        CliRun written = strategy.press("templates", "--out", templates.toString());
        assertEquals(0, written.exitCode(), written.err());
        for (String page : new String[] {"kpis", "search", "trace-gaps", "trace-kpis"})
            Files.delete(templates.resolve("site/" + page + ".ftlh"));

        BuildResult r = strategy.build(templates);

        assertTrue(r.ok());
        assertTrue(Files.isRegularFile(strategy.out().resolve("html/index.html")));
        assertFalse(Files.exists(strategy.out().resolve("html/kpis.html")), "an older layout gets no explorer, as before");
    }

    @Test
    void pressTemplatesWritesTheBuiltInSetOnceAndABuildWithItMatchesTheBuiltInBuild() throws IOException {
        Path out = dir.resolve("restyle");
        CliRun run = strategy.press("templates", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> s = Files.walk(Path.of("templates"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Path copy = out.resolve(Path.of("templates").relativize(f).toString());
                assertEquals(-1L, Files.mismatch(f, copy), copy.toString());
            }
        }
        CliRun again = strategy.press("templates", "--out", out.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("is not empty"), again.err());
    }

    @Test
    void aTemplatesFolderThatIsNotThereIsAUsageError() {
        CliRun run = strategy.press("build", "--content", strategy.content().toString(), "--templates",
                dir.resolve("nowhere").toString(), "--out", strategy.out().toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("does not exist") && run.err().contains("press templates --out"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(Files.exists(strategy.out()));
    }

    @Test
    void aTemplateLinkedOutOfTheTemplatesFolderIsNotRead() throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("site"));
        Path secret = dir.resolve("secret.css");
        Files.writeString(secret, "/* secret */");
        try {
            Files.createSymbolicLink(templates.resolve("site/site.css"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no symbolic links here");
        }

        strategy.build(templates);

        assertFalse(Files.readString(strategy.out().resolve("html/site/site.css")).contains("secret"));
    }
}
