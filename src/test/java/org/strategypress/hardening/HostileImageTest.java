package org.strategypress.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Severity;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/**
 * Images from many hands are untrusted input: a raster is judged by its header before anything decodes it, an
 * SVG is parsed safely and copied without anything active, and each problem is reported at the Markdown line
 * that places the image, in words naming the file the writer wrote, never a staging folder.
 */
class HostileImageTest {

    private static final String CHAPTER = "content/modules/1-intro/01-introduction.md";
    /** Generous: each check reads a header or a few hundred KB; the bombs would take a minute and gigabytes to decode. */
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeStrategy() {
        strategy = StrategyFixture.in(dir);
    }

    @Test
    void bombsLiesAndBrokenRastersAreErrorsAtTheLinesPlacingThem() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("declared.png", HostileImages.pngDeclaring(30000, 30000));
        files.put("bomb.png", HostileImages.pngBomb(10000));
        files.put("bomb.gif", HostileImages.gifBomb(30000, 30000));
        files.put("bomb.jpg", HostileImages.jpegBomb(30000, 30000));
        files.put("png-named.jpg", HostileImages.real("png", 8, 8));
        files.put("truncated.png", HostileImages.truncatedPng());
        files.put("good.png", HostileImages.real("png", 8, 8));
        Map<String, Integer> lines = place(files);

        CliRun run = assertTimeoutPreemptively(DEADLINE, () -> strategy.validate());

        assertEquals(1, run.exitCode(), run.err());
        String err = run.err();
        assertLine(err, lines.get("declared.png"), "error[image-too-large]: image '../../assets/declared.png' is 30000 x 30000 pixels");
        assertLine(err, lines.get("bomb.png"), "error[image-too-large]: image '../../assets/bomb.png' is 10000 x 10000 pixels");
        assertLine(err, lines.get("bomb.gif"), "error[image-too-large]: image '../../assets/bomb.gif' is 30000 x 30000 pixels");
        assertLine(err, lines.get("bomb.jpg"), "error[image-too-large]: image '../../assets/bomb.jpg' is 30000 x 30000 pixels");
        assertLine(err, lines.get("png-named.jpg"), "error[image-invalid]: image '../../assets/png-named.jpg' is a PNG file, not the JPEG its name says");
        assertLine(err, lines.get("truncated.png"), "error[image-invalid]: image '../../assets/truncated.png' is a PNG file that is truncated or corrupt");
        assertFalse(err.contains("good.png"), err);
        assertEquals(6, err.lines().filter(l -> l.contains("error[image-")).count(), err);
        assertClean(err);
    }

    @Test
    void theLimitsAreThresholdsInRules() {
        strategy.write("content/strategy.yaml", StrategyFixture.STRATEGY + "rules:\n  max_image_megapixels: 1\n  max_image_mb: 1\n");
        place(Map.of("two-mp.png", HostileImages.pngBomb(1500)));

        Diagnostic d = strategy.single("image-too-large");

        assertTrue(d.message().contains("1500 x 1500 pixels") && d.message().contains("limit of 1 megapixels (rules.max_image_megapixels)"),
                d.message());
        strategy.write("content/strategy.yaml", StrategyFixture.STRATEGY + "rules:\n  max_image_megapixels: 3\n");
        assertTrue(strategy.diagnostics().stream().noneMatch(x -> x.code().startsWith("image-")),
                StrategyFixture.describe(strategy.diagnostics()));
    }

    @Test
    void aBombInYamlProseIsAnErrorAtItsLine() {
        strategy.writeBytes("content/assets/bomb.png", HostileImages.pngDeclaring(30000, 30000));
        strategy.write("content/benchmarks.yaml", StrategyFixture.BENCHMARKS.replaceFirst("summary: (.*)",
                "summary: \"$1 ![chart](assets/bomb.png)\""));

        Diagnostic d = strategy.single("image-too-large");

        assertTrue(d.at().file().toString().endsWith("benchmarks.yaml") && d.at().line() > 0, d.toString());
    }

    @Test
    void activeSvgsAreCopiedSanitisedWithAWarningAndABillionLaughsIsAnError() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("onload.svg", HostileImages.SVG_ONLOAD.getBytes(StandardCharsets.UTF_8));
        files.put("script.svg", HostileImages.SVG_SCRIPT.getBytes(StandardCharsets.UTF_8));
        files.put("foreign.svg", HostileImages.SVG_FOREIGN_OBJECT.getBytes(StandardCharsets.UTF_8));
        files.put("external.svg", HostileImages.SVG_EXTERNAL_IMAGE.getBytes(StandardCharsets.UTF_8));
        files.put("doctype.svg", HostileImages.SVG_DOCTYPE_ENTITY.getBytes(StandardCharsets.UTF_8));
        Map<String, Integer> lines = place(files);

        CliRun run = assertTimeoutPreemptively(DEADLINE, () -> strategy.validate());

        assertEquals(0, run.exitCode(), run.err());
        String err = run.err();
        assertLine(err, lines.get("onload.svg"), "warning[svg-sanitised]: SVG '../../assets/onload.svg' is shown without the event attribute onload");
        assertLine(err, lines.get("script.svg"), "warning[svg-sanitised]: SVG '../../assets/script.svg' is shown without <script>");
        assertLine(err, lines.get("foreign.svg"), "warning[svg-sanitised]: SVG '../../assets/foreign.svg' is shown without <foreignObject>");
        assertLine(err, lines.get("external.svg"), "the external reference \"http://127.0.0.1:9/tracker.png\"");
        assertLine(err, lines.get("doctype.svg"), "warning[svg-sanitised]: SVG '../../assets/doctype.svg' is shown without the <!DOCTYPE> declaration");
        assertClean(err);

        try (LocalHttpServer server = new LocalHttpServer()) {
            BuildResult r = assertTimeoutPreemptively(DEADLINE, () -> strategy.build());
            assertEquals(List.of(), server.requests());
            assertTrue(r.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), StrategyFixture.describe(r.diagnostics()));
        }
        for (String out : List.of("html", "pdf")) {
            for (String name : files.keySet()) {
                Path copy = strategy.out().resolve(out).resolve("assets").resolve(name);
                String svg = Files.readString(copy).toLowerCase(Locale.ROOT);
                for (String active : List.of("<script", "onload", "onclick", "foreignobject", "127.0.0.1", "file:", "<!doctype", "<!entity",
                        "@import", "alert", "passwd"))
                    assertFalse(svg.contains(active), out + "/assets/" + name + " still has " + active + ":\n" + svg);
                assertTrue(svg.contains("<rect") || svg.contains("<text"), out + "/assets/" + name + " lost its drawing:\n" + svg);
            }
        }
        assertNoStagingPathIn(strategy.out());

        strategy.write("content/assets/lol.svg", HostileImages.SVG_BILLION_LAUGHS);
        strategy.write(CHAPTER, StrategyFixture.CHAPTER + "\n![laughs](../../assets/lol.svg)\n");
        CliRun laughs = assertTimeoutPreemptively(DEADLINE, () -> strategy.validate());
        assertEquals(1, laughs.exitCode(), laughs.err());
        assertLine(laughs.err(), 8, "error[image-invalid]: image '../../assets/lol.svg' is not an SVG that can be read safely");
        assertTrue(laughs.err().contains("entit"), laughs.err());
    }

    @Test
    void aTemplateImageThatIsABombIsRefusedBeforeTheEngineDecodesIt() {
        TemplateCopy templates = TemplateCopy.into(dir.resolve("templates"));
        String bomb = "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(HostileImages.pngBomb(10000));
        templates.replace("print/document.ftlh", "<p class=\"cover-country\">${m.country}</p>",
                "<p class=\"cover-country\">${m.country}</p><img src=\"" + bomb + "\" alt=\"logo\"/>");

        CliRun run = assertTimeoutPreemptively(DEADLINE, () -> strategy.press("build", "--content", strategy.content().toString(),
                "--templates", templates.root().toString(), "--out", strategy.out().toString()));

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("templates/print/document.ftlh: error[image-invalid]: an embedded image"
                + " is 10000 x 10000 pixels")), run.err());
        assertClean(run.err());
    }

    @Test
    void anSvgTheEngineCannotDrawIsReportedAtTheMarkdownLineWithoutNullOrStagingPath() {
        strategy.write("content/assets/broken.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"-5\" height=\"oops\"/></svg>");
        strategy.write(CHAPTER, StrategyFixture.CHAPTER + "\n![broken](../../assets/broken.svg)\n");

        CliRun run = strategy.press("build", "--content", strategy.content().toString(), "--out", strategy.out().toString());

        List<String> engine = run.err().lines().filter(l -> l.contains("[pdf-engine]")).toList();
        assertFalse(engine.isEmpty(), run.err());
        for (String l : engine)
            assertTrue(l.contains("modules/1-intro/01-introduction.md:8:1:") && l.contains("assets/broken.svg"), run.err());
        assertClean(run.err());
    }

    /** Writes each file under content/assets and places it on a line of its own in the chapter; returns the lines. */
    private Map<String, Integer> place(Map<String, byte[]> files) {
        StringBuilder chapter = new StringBuilder(StrategyFixture.CHAPTER);
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            strategy.writeBytes("content/assets/" + f.getKey(), f.getValue());
            chapter.append('\n');
            lines.put(f.getKey(), (int) chapter.chars().filter(c -> c == '\n').count() + 1);
            chapter.append("![").append(f.getKey()).append("](../../assets/").append(f.getKey()).append(")\n");
        }
        strategy.write(CHAPTER, chapter.toString());
        return lines;
    }

    private static void assertLine(String err, int line, String text) {
        assertTrue(err.lines().anyMatch(l -> l.contains("modules/1-intro/01-introduction.md:" + line + ":1: ") && l.contains(text)),
                "no line " + line + " with: " + text + "\n" + err);
    }

    /** No staging folder, no enclosed exception's "null", no stack trace. */
    static void assertClean(String text) {
        assertFalse(text.contains(".staging-"), text);
        assertFalse(text.contains(": null") || text.contains("Enclosed Exception"), text);
        assertFalse(text.contains("\tat "), text);
        assertFalse(text.contains("internal error"), text);
    }

    static void assertNoStagingPathIn(Path out) throws IOException {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".pdf") || name.endsWith(".ttf") || name.endsWith(".png")) continue;
                if (Files.readString(f, StandardCharsets.ISO_8859_1).contains(".staging-")) bad.add(out.relativize(f).toString());
            }
        }
        assertEquals(List.of(), bad, "outputs naming a staging folder");
    }
}
