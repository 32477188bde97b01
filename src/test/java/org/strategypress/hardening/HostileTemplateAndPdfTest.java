package org.strategypress.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Severity;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/**
 * What a YAML value or a template author can slip into the outputs: HTML in a value stays text everywhere;
 * a template that points the PDF at the network, an archive or a system file is refused before any request;
 * the PDF engine's warnings become diagnostics, and those that change the PDF fail the build and keep the
 * previous output.
 */
class HostileTemplateAndPdfTest {

    private static final String SCRIPT_TITLE = "<script>alert(1)</script>";

    @TempDir
    Path dir;
    StrategyFixture strategy;
    TemplateCopy templates;

    @BeforeEach
    void writeStrategyAndTemplates() {
        strategy = StrategyFixture.in(dir);
        templates = TemplateCopy.into(dir.resolve("templates"));
    }

    @Test
    void htmlInAYamlTitleIsTextInTheSiteThePrintHtmlAndThePdf() throws IOException {
        strategy.write("content/strategy.yaml", StrategyFixture.STRATEGY.replace("title: Digital Economy Strategy",
                "title: \"" + SCRIPT_TITLE + "\""));

        strategy.build();

        for (Document d : List.of(strategy.page("index.html"), strategy.page("module-1.html"), strategy.print())) {
            assertTrue(d.select("script:not([src])").isEmpty(), d.select("script").outerHtml());
            assertTrue(d.select("script").stream().noneMatch(s -> s.data().contains("alert")));
            assertTrue(d.title().endsWith(SCRIPT_TITLE), d.title());
            assertTrue(d.body().text().contains(SCRIPT_TITLE), d.body().text());
        }
        try (PDDocument pdf = Loader.loadPDF(strategy.pdf().toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains(SCRIPT_TITLE));
            assertEquals(SCRIPT_TITLE, pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aTemplatePointingThePdfAtTheNetworkAnArchiveOrASystemFileIsRefusedWithoutARequest() throws IOException {
        try (LocalHttpServer server = new LocalHttpServer()) {
            String http = server.url("/remote.css");
            String https = server.url("/a.png").replace("http:", "https:");
            String jar = "jar:" + server.url("/fonts.jar") + "!/x.png";
            String file = "file:///etc/hostname";
            templates.replace("print/document.ftlh", "<link rel=\"stylesheet\" href=\"print/blocks.css\"/>",
                    "<link rel=\"stylesheet\" href=\"print/blocks.css\"/>\n<link rel=\"stylesheet\" href=\"" + http + "\"/>")
                    .replace("print/document.ftlh", "<p class=\"cover-country\">${m.country}</p>",
                            "<p class=\"cover-country\">${m.country}</p><img src=\"" + https + "\" alt=\"a\"/>"
                                    + "<img src=\"" + jar + "\" alt=\"b\"/><img src=\"" + file + "\" alt=\"c\"/>");
            strategy.build();
            Map<String, String> before = Outputs.snapshot(strategy.out());

            BuildResult r = strategy.buildAllowingErrors(templates.root());

            assertEquals(List.of(), server.requests(), "the PDF engine made a request");
            assertFalse(r.ok());
            List<String> refused = r.diagnostics().stream().filter(d -> d.code().equals("pdf-resource"))
                    .map(Diagnostic::message).toList();
            for (String uri : List.of(http, https, jar, file))
                assertTrue(refused.stream().anyMatch(m -> m.contains(uri)), uri + " not refused: " + refused);
            Outputs.assertIntact(before, strategy.out());
        }
    }

    @Test
    void aMissingFontFailsTheBuildWithExitOneAndKeepsThePreviousOutput() {
        strategy.build(templates.root());
        Map<String, String> before = Outputs.snapshot(strategy.out());
        // a font the stylesheet names but no templates folder (neither the project's nor the built-in set) has
        templates.replace("print/print.css", "NotoSans-Bold.ttf", "NotoSans-Missing.ttf");

        CliRun run = build();

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("templates/fonts/NotoSans-Missing.ttf: error[pdf-engine]: cannot read fonts/NotoSans-Missing.ttf")),
                run.err());
        HostileImageTest.assertClean(run.err());
        assertTrue(run.err().contains("was left as it was"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        Outputs.assertIntact(before, strategy.out());
    }

    @Test
    void aMissingImageInThePrintTemplateFailsTheBuildAndKeepsThePreviousOutput() {
        strategy.build(templates.root());
        Map<String, String> before = Outputs.snapshot(strategy.out());
        templates.replace("print/document.ftlh", "<p class=\"cover-country\">${m.country}</p>",
                "<p class=\"cover-country\">${m.country}</p><img src=\"print/logo.png\" alt=\"logo\"/>");

        CliRun run = build();

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("error[pdf-engine]") && l.contains("print/logo.png")), run.err());
        Outputs.assertIntact(before, strategy.out());
    }

    @Test
    void anEngineWarningThatChangesNothingIsAWarningDiagnosticAndTheBuildSucceeds() {
        templates.replace("print/print.css", "@font-face", "p.cover-country { -fs-no-such-property: 1; }\n@font-face");

        BuildResult r = strategy.build(templates.root());

        List<Diagnostic> engine = r.diagnostics().stream().filter(d -> d.code().equals("pdf-engine")).toList();
        assertFalse(engine.isEmpty(), StrategyFixture.describe(r.diagnostics()));
        assertTrue(engine.stream().allMatch(d -> d.severity() == Severity.WARNING), StrategyFixture.describe(engine));
        assertTrue(engine.stream().anyMatch(d -> d.message().contains("-fs-no-such-property")), StrategyFixture.describe(engine));
        // at the template's stylesheet and the line the CSS parser gave, not in the staged print HTML
        Diagnostic css = engine.stream().filter(d -> d.message().contains("-fs-no-such-property")).findFirst().orElseThrow();
        assertTrue(css.at().file().endsWith(Path.of("templates", "print", "print.css")) && css.at().line() > 0, css.toString());
        assertFalse(css.at().toString().contains(".staging-") || css.message().contains("(print/print.css)"), css.toString());
    }

    private CliRun build() {
        return strategy.press("build", "--content", strategy.content().toString(), "--templates", templates.root().toString(),
                "--out", strategy.out().toString());
    }
}
