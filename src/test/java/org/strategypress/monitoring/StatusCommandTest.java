package org.strategypress.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/** press status: the monitoring report, field by field, its formats and its exit codes. */
class StatusCommandTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void write() {
        strategy = StrategyFixture.in(dir)
                .write("content/strategy.yaml", StrategyFixture.STRATEGY + "as_of: 2027-12\nrules: {kpi-off-track: info}\n")
                .write("content/kpis.yaml", ProgressTest.KPIS)
                .write("content/connect.yaml", StrategyFixture.CONNECTIVITY);
    }

    private CliRun status(String... extra) {
        String[] args = new String[3 + extra.length];
        args[0] = "status";
        args[1] = "--content";
        args[2] = strategy.content().toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return strategy.press(args);
    }

    private JsonNode json(String... extra) throws Exception {
        String[] args = new String[extra.length + 2];
        System.arraycopy(extra, 0, args, 0, extra.length);
        args[extra.length] = "--format";
        args[extra.length + 1] = "json";
        CliRun r = status(args);
        assertEquals(0, r.exitCode(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    private static JsonNode kpi(JsonNode root, String id) {
        return group(root.get("kpis"), id);
    }

    private static JsonNode group(JsonNode array, String id) {
        for (JsonNode k : array) if (k.get("id").asText().equals(id)) return k;
        throw new AssertionError("no " + id);
    }

    @Test
    void theJsonReportGivesEachKpiItsStatusLatestActualAndDistanceToTarget() throws Exception {
        JsonNode r = json();

        assertEquals(1, r.get("schema_version").asInt());
        assertEquals("2027-12", r.get("as_of").asText());
        assertEquals(10, r.get("tolerance_percent").asInt());
        JsonNode s = r.get("summary");
        assertEquals(List.of(1, 1, 1, 1, 2), List.of(s.get("off_track").asInt(), s.get("behind").asInt(),
                s.get("on_track").asInt(), s.get("not_measured").asInt(), s.get("no_actuals").asInt()));
        JsonNode behind = kpi(r, "KPI-BEHIND");
        assertEquals("behind", behind.get("status").asText());
        assertEquals("2027", behind.get("latest").get("year").asText());
        assertEquals(145, behind.get("latest").get("value").asInt());
        assertEquals(2030, behind.get("next_target").get("year").asInt());
        assertEquals("150", behind.get("expected").asText());
        assertEquals("5", behind.get("shortfall").asText());
        assertEquals("55", behind.get("remaining").asText());
        assertEquals(List.of("SKILLS"), texts(behind.get("pillars")));
        assertEquals(List.of("NT-ICT"), texts(behind.get("national_targets")));
        JsonNode plan = kpi(r, "KPI-PLAN");
        assertEquals("no-actuals", plan.get("status").asText());
        assertTrue(plan.get("latest").isNull());
        assertEquals(200, plan.get("final_target").get("value").asInt());
    }

    @Test
    void aMilestoneWithoutStatusIsLateOnceDueBeforeTheReportingDate() throws Exception {
        JsonNode ms = json().get("milestones");

        assertEquals(1, ms.size());
        JsonNode open = ms.get(0);
        assertEquals(List.of("MS-ACADEMY-OPEN", "Academy opens", "INI-ACADEMY", "2027-09", "late", "due-date"),
                List.of(open.get("id").asText(), open.get("title").asText(), open.get("initiative").asText(),
                        open.get("due").asText(), open.get("state").asText(), open.get("state_from").asText()));
        assertTrue(open.get("note").isNull());
        assertEquals(0, json("--as-of", "2027-09").get("milestones").size(), "not late in its own month");
        assertEquals(1, json("--as-of", "2027-09").get("milestone_summary").get("planned").asInt());
    }

    @Test
    void milestonesReportTheStatusWrittenAndOnlyLateOrAtRiskAreListed() throws Exception {
        strategy.write("content/initiatives.yaml", StrategyFixture.INITIATIVES.replace("""
                      - id: MS-ACADEMY-OPEN
                        title: Academy opens
                        due: 2027-09
                """, """
                      - {id: MS-DONE, title: Curriculum agreed, due: 2027-03, status: done, done: 2027-02}
                      - {id: MS-RISK, title: Building handed over, due: 2028-06, status: at-risk, note: The contractor is two months behind}
                      - {id: MS-LATE, title: Staff hired, due: 2027-06, status: late}
                      - {id: MS-SILENT, title: Academy opens, due: 2027-09}
                      - {id: MS-ONTRACK, title: First intake, due: 2028-09, status: on-track}
                      - {id: MS-LATER, title: Second intake, due: 2029-09}
                      - {id: MS-DROPPED, title: Evening courses, due: 2027-01, status: dropped}
                """));

        JsonNode r = json();

        JsonNode counts = r.get("milestone_summary");
        assertEquals(List.of(1, 1, 1, 2, 1, 1), List.of(counts.get("done").asInt(), counts.get("on_track").asInt(),
                counts.get("at_risk").asInt(), counts.get("late").asInt(), counts.get("planned").asInt(),
                counts.get("dropped").asInt()));
        JsonNode ms = r.get("milestones");
        assertEquals(List.of("MS-RISK", "MS-LATE", "MS-SILENT"), ms.findValuesAsText("id"), "late or at risk, in file order");
        assertEquals(List.of("at-risk", "late", "late"), ms.findValuesAsText("state"));
        assertEquals(List.of("status", "status", "due-date"), ms.findValuesAsText("state_from"));
        assertEquals("The contractor is two months behind", ms.get(0).get("note").asText());
        assertEquals("2028-06", ms.get(0).get("due").asText(), "at risk before its due date, as reported");

        CliRun text = status();
        assertTrue(text.out().contains("\nMilestones: 1 done, 1 on track, 1 at risk, 2 late, 1 planned, 1 dropped\n"
                + "Late or at risk (3)\n"
                + "  MS-RISK  Building handed over (INI-ACADEMY, due 2028-06): at risk; The contractor is two months behind\n"
                + "  MS-LATE  Staff hired (INI-ACADEMY, due 2027-06): late\n"
                + "  MS-SILENT  Academy opens (INI-ACADEMY, due 2027-09): late, no status given and due before 2027-12\n"), text.out());
        CliRun md = status("--format", "markdown");
        assertTrue(md.out().contains("\n## Milestones late or at risk\n\n1 done, 1 on track, 1 at risk, 2 late, 1 planned, 1 dropped.\n\n"
                + "- MS-RISK Building handed over (INI-ACADEMY, due 2028-06): at risk; The contractor is two months behind\n"), md.out());
    }

    @Test
    void kpisAreCountedPerPillarAndPerNationalTarget() throws Exception {
        JsonNode r = json();

        JsonNode skills = group(r.get("pillars"), "SKILLS");
        assertEquals("SKILLS", skills.get("id").asText());
        assertEquals(5, skills.get("kpis").size());
        assertEquals(1, skills.get("counts").get("off_track").asInt());
        JsonNode connect = group(r.get("pillars"), "CONNECT");
        assertEquals(List.of("KPI-FIBRE"), texts(connect.get("kpis")));
        assertEquals(1, connect.get("counts").get("no_actuals").asInt());
        JsonNode nt = r.get("national_targets").get(0);
        assertEquals("NT-ICT", nt.get("id").asText());
        assertEquals(6, nt.get("kpis").size());
    }

    @Test
    void anEarlierAsOfLeavesLaterActualsOut() throws Exception {
        JsonNode behind = kpi(json("--as-of", "2026-12"), "KPI-BEHIND");

        assertEquals("2026", behind.get("latest").get("year").asText());
        assertEquals("off-track", behind.get("status").asText()); // 110 against 133.3 on the line in 2026
    }

    @Test
    void theTextReportListsKpisByStatus() {
        CliRun r = status();

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Monitoring report: Digital Economy Strategy, as of 2027-12\n"
                + "KPIs: 1 off track, 1 behind, 1 on track, 1 no actual since the baseline, 2 no actuals"), r.out());
        assertTrue(r.out().contains("\nOff track (1)\n  KPI-FALLING  Falling too slowly: latest 175 (2027-07), expected 141.7"
                + " on the line to 100 (2030), 33.3 behind; -75 to go\n"), r.out());
        assertTrue(r.out().contains("\n  SKILLS  Digital skills: 1 off track, 1 behind, 1 on track, 1 no actual since the baseline, 1 no actuals (KPI-AHEAD, KPI-BEHIND, KPI-FALLING, KPI-UNMEASURED, KPI-PLAN)\n"), r.out());
    }

    @Test
    void theMarkdownReportIsATable() {
        CliRun r = status("--format", "markdown");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("# Monitoring report as of 2027-12\n"), r.out());
        assertTrue(r.out().contains("| KPI-AHEAD Ahead of its line | on track | 160 (2027) | 150 | 200 (2030) | 40 |\n"), r.out());
    }

    @Test
    void failOnOffTrackExitsOneWhenAnyKpiIsOffTrack() {
        assertEquals(1, status("--fail-on", "off-track").exitCode());
        assertEquals(0, status("--fail-on", "off-track", "--as-of", "2024-12").exitCode(), "no actual after 2024 yet");
    }

    @Test
    void aBadDateIsAUsageError() {
        CliRun r = status("--as-of", "2027");

        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--as-of takes a year and month such as 2027-06, not '2027'"), r.err());
        CliRun month13 = status("--as-of", "2027-13");
        assertEquals(2, month13.exitCode());
        assertTrue(month13.err().contains("not '2027-13'"), month13.err());
        assertEquals("", month13.out(), "no report for a bad date");
    }

    @Test
    void contentErrorsAreReportedInsteadOfAReport() {
        strategy.write("content/kpis.yaml", ProgressTest.KPIS.replace("measures: [INI-ACADEMY]\n    contributes_to", "measures: [INI-NOPE]\n    contributes_to"));

        CliRun r = status();

        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("error[dangling-ref]"), r.err());
        assertEquals("", r.out());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
