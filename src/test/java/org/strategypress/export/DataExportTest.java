package org.strategypress.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.schema.Kind;
import org.strategypress.model.Entity;
import org.strategypress.model.Kpi;
import org.strategypress.model.Measure;
import org.strategypress.model.Strategy;
import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.Output;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.report.Json;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.values.EntityValues;

/** {@code press build} writes data/strategy.json and data/kpis.csv beside the site and the PDF. */
class DataExportTest {

    static final String AWKWARD_TITLE = "Graduates, \"ICT\" and more\nsecond line";

    @TempDir
    Path dir;

    StrategyFixture strategy;
    Path out;

    @BeforeEach
    void build() {
        strategy = StrategyFixture.in(dir)
                .write("content/kpis.yaml", StrategyFixture.KPIS + """
                          - id: KPI-AWKWARD
                            title: "Graduates, \\"ICT\\" and more\\nsecond line"
                            measures: [INI-ACADEMY]
                            contributes_to: [NT-ICT]
                            unit: "%"
                            direction: decrease
                            baseline: {value: 10.50, year: 2024}
                            targets:
                              - {year: 2030, value: 5}
                            owner: MDDT
                            source: Survey, 2024
                            illustrative: true
                        """)
                .write("content/risks.yaml", """
                        risks:
                          - id: RISK-DROPOUT
                            title: Students drop out
                            impact: high
                            mitigated_by: [INI-ACADEMY]
                        """);
        out = dir.resolve("out");
        BuildResult r = new Pipeline().build(BuildRequest.of(strategy.content(), Path.of("templates"), out).only(java.util.EnumSet.of(Output.DATA, Output.SCHEMAS)));
        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));
    }

    @Test
    void strategyJsonHoldsEveryEntityWithItsFieldsReferencesAndBacklinks() throws Exception {
        JsonNode root = Json.MAPPER.readTree(out.resolve("data/strategy.json").toFile());
        Strategy s = strategy.check(false).strategy();

        assertEquals(1, root.get("schema_version").asInt());
        assertEquals("Digital Economy Strategy", root.at("/metadata/title").asText());
        assertEquals("draft", root.at("/metadata/status").asText());
        assertEquals(2026, root.at("/metadata/horizon/from").asInt());
        assertFalse(root.at("/metadata/version").asText().isEmpty());
        assertFalse(root.at("/metadata/date").asText().isEmpty());
        int count = 0;
        for (Map.Entry<String, List<Entity>> kind : EntityValues.byKind(s, Kind.Use.EXPORT).entrySet()) {
            JsonNode list = root.get("entities").get(kind.getKey());
            assertEquals(kind.getValue().size(), list.size(), kind.getKey());
            for (int i = 0; i < list.size(); i++) {
                String key = kind.getKey().equals("assessments") || kind.getKey().equals("visions") ? "pillar" : "id";
                assertEquals(kind.getValue().get(i).id(), list.get(i).get(key).asText());
                count++;
            }
        }
        assertEquals(15, count);

        JsonNode gap = root.at("/entities/gaps/0");
        assertEquals("Few graduates in ICT.", gap.get("as_is").asText());
        assertEquals("INI-ACADEMY", gap.at("/backlinks/addressed_by/0").asText());
        JsonNode ini = root.at("/entities/initiatives/0");
        assertEquals("GAP-SKILLS", ini.at("/references/addresses/0").asText());
        assertEquals("[\"KPI-GRADUATES\",\"KPI-AWKWARD\"]", ini.at("/backlinks/measured_by").toString());
        assertEquals("RISK-DROPOUT", ini.at("/backlinks/mitigates/0").asText());
        assertEquals("2027-09", ini.at("/milestones/0/due").asText());
        assertEquals("[\"INI-ACADEMY\",\"KPI-GRADUATES\",\"KPI-AWKWARD\"]",
                root.at("/entities/stakeholders/0/backlinks/owns").toString());
        JsonNode kpi = root.at("/entities/kpis/1");
        assertEquals(AWKWARD_TITLE, kpi.get("title").asText());
        assertTrue(Files.readString(out.resolve("data/strategy.json")).contains("\"value\" : 10.50,"), "numbers as written");
        assertEquals(2030, kpi.at("/targets/0/year").asInt());
        assertEquals("[\"KPI-GRADUATES\",\"KPI-AWKWARD\"]", root.at("/entities/national_targets/0/backlinks/served_by").toString());
        assertEquals("modules/1-intro/01-introduction.md", root.at("/modules/0/chapters/0/file").asText());
    }

    @Test
    void kpisCsvHasOneRowPerKpiTargetAndRoundTripsAwkwardTitles() throws Exception {
        byte[] bytes = Files.readAllBytes(out.resolve("data/kpis.csv"));
        assertFalse(bytes.length >= 3 && bytes[0] == (byte) 0xEF, "no byte order mark");
        List<List<String>> rows = parse(new String(bytes, StandardCharsets.UTF_8));

        assertEquals(KpiCsv.HEADER, rows.get(0));
        Strategy s = strategy.check(false).strategy();
        int targets = 0;
        for (Kpi k : s.kpis()) {
            for (Measure t : k.targets()) {
                targets++;
                assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(k.id()) && r.get(6).equals(Integer.toString(t.year()))
                        && r.get(7).equals(t.shown())), k.id() + " " + t.year());
            }
        }
        assertEquals(targets + 1, rows.size());
        List<String> awkward = rows.get(3);
        assertEquals(List.of("KPI-AWKWARD", AWKWARD_TITLE, "%", "decrease", "10.50", "2024", "2030", "5", "MDDT",
                "INI-ACADEMY", "NT-ICT", "Survey, 2024", "", "true"), awkward);
    }

    /** RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold anything, "" is a quote. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else field.append(c);
        }
        assertTrue(row.isEmpty() && field.length() == 0, "file ends with CRLF");
        return rows;
    }
}
