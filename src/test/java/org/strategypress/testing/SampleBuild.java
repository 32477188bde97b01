package org.strategypress.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.strategypress.files.FileTrees;
import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.Pipeline;

/**
 * The real sample ({@code content/} with {@code templates/}) built once per test run into a temporary folder,
 * for the tests that check the whole site and the whole PDF. The project's own build-output/ is not touched.
 */
public final class SampleBuild {

    public static final Path CONTENT = Path.of("content").toAbsolutePath();
    public static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

    private static Path out;
    private static BuildResult result;
    private static Path site;

    private SampleBuild() {
    }

    /** The output folder of the sample's build (html/ and pdf/ inside). */
    public static synchronized Path out() {
        if (out == null) {
            try {
                Path dir = Files.createTempDirectory("sample-build-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(dir)));
                Path o = dir.resolve("build-output");
                result = new Pipeline().build(BuildRequest.of(CONTENT, TEMPLATES, o));
                if (!result.ok()) fail("the sample does not build:\n" + StrategyFixture.describe(result.diagnostics()));
                out = o;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /**
     * The sample's site alone (no PDF), built once per test run into its own temporary folder: the {@code html}
     * folder, for the browser tests, which need no PDF and so start sooner.
     */
    public static synchronized Path site() {
        if (site == null) {
            try {
                Path dir = Files.createTempDirectory("sample-site-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(dir)));
                Path o = dir.resolve("build-output");
                BuildResult r = new Pipeline().build(BuildRequest.preview(CONTENT, TEMPLATES, o));
                if (!r.ok()) fail("the sample does not build:\n" + StrategyFixture.describe(r.diagnostics()));
                site = o.resolve("html");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    /**
     * The sample's site in its source language: {@code html/} of a single-language sample, {@code html/<source>/} of
     * a multilingual one (the first site the build names).
     */
    public static Path sourceHtml() {
        return result().outputs().stream().filter(p -> p.getFileName().toString().equals("index.html")).findFirst()
                .orElseThrow().getParent();
    }

    /** The sample's PDF in its source language (the first the build names). */
    public static Path sourcePdf() {
        return result().outputs().stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
    }

    /** The print HTML the source language's PDF was made from. */
    public static Path sourcePrintHtml() {
        Path pdf = sourcePdf();
        String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", ".html");
        String lang = name.replaceFirst(".*-([a-z]{2,3})\\.html$", "$1");
        Path beside = pdf.resolveSibling(name);
        return Files.isRegularFile(beside) ? beside : pdf.resolveSibling(lang).resolve(name);
    }

    /** What the build returned. */
    public static BuildResult result() {
        out();
        return result;
    }
}
