package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/**
 * A template author's mistake is reported at the template's name and line, and the previous output is left
 * exactly as it was, with no staging folder beside it.
 */
class BrokenTemplateTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;
    Path templates;

    @BeforeEach
    void copyTemplatesAndWriteAPreviousOutput() throws IOException {
        strategy = StrategyFixture.in(dir);
        templates = dir.resolve("templates");
        try (Stream<Path> s = Files.walk(Path.of("templates"))) {
            for (Path from : s.toList()) {
                Path to = templates.resolve(Path.of("templates").relativize(from).toString());
                if (Files.isDirectory(from)) Files.createDirectories(to);
                else Files.copy(from, to);
            }
        }
        Files.createDirectories(strategy.out());
        Files.writeString(strategy.out().resolve("marker.txt"), "previous build");
    }

    @Test
    void aMisspeltVariableIsReportedAtItsTemplateAndLine() throws IOException {
        breakLine("site/index.ftlh", "<h1>${m.title}</h1>", "<h1>${m.titel}</h1>");

        RenderException e = assertThrows(RenderException.class, () -> strategy.buildAllowingErrors(templates));

        Diagnostic d = e.diagnostic();
        assertEquals("template-error", d.code());
        assertTrue(d.at().file().toString().replace('\\', '/').endsWith("site/index.ftlh"), d.at().toString());
        assertEquals(lineOf("site/index.ftlh", "${m.titel}"), d.at().line());
        assertEquals(5, d.at().line());
        assertTrue(d.message().contains("m.titel"), d.message());
        assertPreviousOutputIntact();
    }

    @Test
    void anUnclosedDirectiveIsReportedAtItsTemplateAndLine() throws IOException {
        breakLine("site/index.ftlh", "<h1>${m.title}</h1>", "<#if m.draft><h1>${m.title}</h1>");

        RenderException e = assertThrows(RenderException.class, () -> strategy.buildAllowingErrors(templates));

        Diagnostic d = e.diagnostic();
        assertEquals("template-error", d.code());
        assertTrue(d.at().file().toString().replace('\\', '/').endsWith("site/index.ftlh"), d.at().toString());
        assertTrue(d.message().contains("only this can be closed: \"#if\""), d.message());
        // FreeMarker reports where it found the mismatch: the end tag the unclosed #if swallowed
        assertEquals(lineOf("site/index.ftlh", "</@layout.page>"), d.at().line(), d.message());
        assertPreviousOutputIntact();
    }

    @Test
    void pressBuildPrintsTheTemplatePositionAndExitsOne() throws IOException {
        breakLine("site/index.ftlh", "<h1>${m.title}</h1>", "<h1>${m.titel}</h1>");

        CliRun run = strategy.press("build", "--content", strategy.content().toString(), "--templates", templates.toString(),
                "--out", strategy.out().toString());

        assertEquals(1, run.exitCode(), run.err());
        String line = run.err().strip().split("\\R")[0];
        assertTrue(line.matches(".*site/index\\.ftlh:5:\\d+: error\\[template-error\\]: .*"), line);
        assertFalse(run.err().contains("\tat "), run.err());
        assertPreviousOutputIntact();
    }

    @Test
    void aBrokenPrintTemplateLeavesThePreviousOutputToo() throws IOException {
        breakLine("print/document.ftlh", "<p class=\"cover-title\">${m.title}</p>", "<p class=\"cover-title\">${m.titel}</p>");

        RenderException e = assertThrows(RenderException.class, () -> strategy.buildAllowingErrors(templates));

        assertTrue(e.diagnostic().at().file().toString().replace('\\', '/').endsWith("print/document.ftlh"), e.diagnostic().at().toString());
        assertEquals(lineOf("print/document.ftlh", "${m.titel}"), e.diagnostic().at().line());
        assertPreviousOutputIntact();
    }

    private void breakLine(String template, String from, String to) throws IOException {
        Path f = templates.resolve(template);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "the template changed: " + from);
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private int lineOf(String template, String needle) throws IOException {
        List<String> lines = Files.readAllLines(templates.resolve(template));
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(needle)) return i + 1;
        throw new AssertionError(needle + " not in " + template);
    }

    private void assertPreviousOutputIntact() throws IOException {
        // the PDF is rendered in parallel with the site: give a still-running job the time to finish, then look
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals("previous build", Files.readString(strategy.out().resolve("marker.txt")));
        try (Stream<Path> s = Files.list(strategy.out())) {
            assertEquals(List.of("marker.txt"), s.map(p -> p.getFileName().toString()).toList());
        }
        try (Stream<Path> s = Files.list(strategy.out().getParent())) {
            List<String> beside = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
            assertEquals(List.of(), beside, "staging or old folders left beside the output");
        }
    }
}
