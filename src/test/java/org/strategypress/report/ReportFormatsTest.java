package org.strategypress.report;

import org.strategypress.model.Rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Rule;
import org.strategypress.model.SourcePosition;

/** Each format of {@code --format}, and how each keeps a hostile message on its line. */
class ReportFormatsTest {

    static final String HOSTILE = "line one\nline two: 100% done :: \u001b[31mred\u001b[0m";

    static final List<Diagnostic> DIAGNOSTICS = List.of(
            Rule.DANGLING_REF.at(new SourcePosition(Path.of("content/kpis, old/skills.yaml"), 12, 5), HOSTILE),
            Rule.TARGET_UNCOVERED.at(new SourcePosition(Path.of("content/framework.yaml"), 11, 5), "no KPI"),
            Rule.UNUSED_STAKEHOLDER.at(SourcePosition.of(Path.of("content/stakeholders.yaml")), "unused"));

    static String write(DiagnosticReport report) {
        StringWriter w = new StringWriter();
        report.write(DIAGNOSTICS, new PrintWriter(w));
        return w.toString();
    }

    @Test
    void textKeepsEachDiagnosticOnOneLineWithoutControlCharacters() {
        String text = write(new TextReport());

        String[] lines = text.strip().split("\n");
        assertEquals(4, lines.length, text);
        assertEquals("content/kpis, old/skills.yaml:12:5: error[dangling-ref]: line one\\nline two: 100% done :: "
                + "\\u001b[31mred\\u001b[0m", lines[0]);
        assertEquals("1 error, 1 warning, 1 note", lines[3]);
    }

    @Test
    void jsonListsEveryFieldAndASummaryAndRoundTripsTheMessage() throws Exception {
        String text = write(new JsonReport());

        assertFalse(text.contains("\u001b"), "no raw ESC in JSON output");
        JsonNode root = Json.MAPPER.readTree(text);
        JsonNode first = root.get("diagnostics").get(0);
        assertEquals("error", first.get("severity").asText());
        assertEquals("dangling-ref", first.get("code").asText());
        assertEquals(HOSTILE, first.get("message").asText());
        assertEquals("content/kpis, old/skills.yaml", first.get("file").asText());
        assertEquals(12, first.get("line").asInt());
        assertEquals(5, first.get("column").asInt());
        assertEquals(0, root.get("diagnostics").get(2).get("line").asInt());
        assertEquals(1, root.get("summary").get("errors").asInt());
        assertEquals(1, root.get("summary").get("warnings").asInt());
        assertEquals(1, root.get("summary").get("infos").asInt());
    }

    @Test
    void sarifHasOneRunWithTheRuleCatalogAndOneResultPerDiagnostic() throws Exception {
        String text = write(new SarifReport());

        assertFalse(text.contains("\u001b"), "no raw ESC in SARIF output");
        JsonNode root = Json.MAPPER.readTree(text);
        assertEquals("2.1.0", root.get("version").asText());
        assertEquals(1, root.get("runs").size());
        JsonNode run = root.get("runs").get(0);
        assertEquals("strategy-press", run.at("/tool/driver/name").asText());
        JsonNode rules = run.at("/tool/driver/rules");
        assertEquals(Rule.values().length, rules.size());
        assertEquals("yaml-syntax", rules.get(0).get("id").asText());
        assertTrue(rules.get(0).at("/shortDescription/text").asText().startsWith("malformed YAML"));

        JsonNode results = run.get("results");
        assertEquals(3, results.size());
        JsonNode error = results.get(0);
        assertEquals("dangling-ref", error.get("ruleId").asText());
        assertEquals("error", error.get("level").asText());
        assertEquals(HOSTILE, error.at("/message/text").asText());
        assertEquals("content/kpis,%20old/skills.yaml", error.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(12, error.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(5, error.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertEquals("warning", results.get(1).get("level").asText());
        JsonNode note = results.get(2);
        assertEquals("note", note.get("level").asText());
        assertTrue(note.at("/locations/0/physicalLocation/region").isMissingNode(), "no region for line 0");
    }

    @Test
    void githubWritesOneEscapedWorkflowCommandPerDiagnostic() {
        String text = write(new GithubReport());

        assertFalse(text.contains("\u001b"), "no raw ESC in workflow commands");
        String[] lines = text.strip().split("\n");
        assertEquals(4, lines.length, text);
        assertEquals("::error file=content/kpis%2C old/skills.yaml,line=12,col=5,title=dangling-ref::"
                + "line one%0Aline two: 100%25 done :: \\u001b[31mred\\u001b[0m", lines[0]);
        assertEquals("::warning file=content/framework.yaml,line=11,col=5,title=target-uncovered::no KPI", lines[1]);
        assertEquals("::notice file=content/stakeholders.yaml,title=unused-stakeholder::unused", lines[2]);
        assertEquals("1 error, 1 warning, 1 note", lines[3]);
    }

    @Test
    void jsonKeepsLettersReadableButEscapesC1Controls() {
        String text = Json.text(Json.MAPPER.createObjectNode().put("m", "Rəqəmsal \u009b31m"));

        assertTrue(text.contains("Rəqəmsal \\u009B31m") || text.contains("Rəqəmsal \\u009b31m"), text);
    }

    @Test
    void githubPropertyValuesEscapeColonsAndCommas() {
        assertEquals("a%3Ab%2Cc%25d%0Ae", GithubReport.property("a:b,c%d\ne"));
    }
}
