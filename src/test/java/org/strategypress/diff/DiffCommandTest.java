package org.strategypress.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.report.Json;
import org.strategypress.testing.ScratchRepo;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/**
 * {@code press diff} on a scratch repository: v1 is the fixture with two risks; v2 raises a KPI target, adds a
 * gap, removes a risk and adds a section to a chapter. The diff reports exactly those four edits.
 */
class DiffCommandTest {

    static final String RISKS = """
            risks:
              - id: RISK-FUNDING
                title: Funding arrives late
                impact: high
                mitigated_by: [INI-ACADEMY]
              - id: RISK-DROPOUT
                title: Students drop out
                impact: medium
                mitigated_by: [INI-ACADEMY]
            """;

    @TempDir
    Path dir;

    StrategyFixture strategy;
    ScratchRepo repo;

    @BeforeEach
    void twoTaggedVersions() {
        strategy = StrategyFixture.in(dir).write("content/risks.yaml", RISKS);
        strategy.write("README.md", "not content\n");
        repo = ScratchRepo.init(dir).commit("v1").tag("v1");
        editToV2(strategy);
        repo.commit("v2").tag("v2");
    }

    /** The four edits between v1 and v2. */
    static void editToV2(StrategyFixture strategy) {
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("{year: 2030, value: 3000}", "{year: 2030, value: 3500}"))
                .write("content/pillars.yaml", StrategyFixture.PILLARS + """
                          - id: GAP-TEACHERS
                            pillar: SKILLS
                            title: Too few ICT teachers
                            as_is: Schools share teachers.
                            to_be: Every school has one.
                        """)
                .write("content/risks.yaml", RISKS.substring(0, RISKS.indexOf("  - id: RISK-DROPOUT")))
                .write("content/modules/1-intro/01-introduction.md", StrategyFixture.CHAPTER + """

                        ## Delivery

                        The academy opens in 2027.
                        """);
    }

    CliRun diff(String... args) {
        List<String> all = new ArrayList<>(List.of("diff"));
        all.addAll(List.of(args));
        all.addAll(List.of("--content", strategy.content().toString()));
        return strategy.press(all.toArray(String[]::new));
    }

    @Test
    void textListsExactlyTheFourEdits() {
        CliRun run = diff("v1", "v2");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                Changes from v1 to v2
                + gaps GAP-TEACHERS: Too few ICT teachers
                ~ kpis KPI-GRADUATES: ICT graduates per year
                    targets[2030].value: 3000 -> 3500
                - risks RISK-DROPOUT: Students drop out
                ~ chapter modules/1-intro/01-introduction.md: Introduction (+4 -0 lines)
                    heading added: ## Delivery
                1 added, 1 removed, 1 changed; 1 chapter changed
                """, run.out());
    }

    @Test
    void markdownListsTheSameEdits() {
        String md = diff("v1", "v2", "--format", "markdown").out();

        assertTrue(md.startsWith("# Changes from v1 to v2\n"), md);
        assertTrue(md.contains("## Added\n\n- gaps `GAP-TEACHERS`: Too few ICT teachers\n"), md);
        assertTrue(md.contains("## Removed\n\n- risks `RISK-DROPOUT`: Students drop out\n"), md);
        assertTrue(md.contains("### kpis `KPI-GRADUATES`: ICT graduates per year\n\n| field | before | after |\n"
                + "|---|---|---|\n| `targets[2030].value` | 3000 | 3500 |\n"), md);
        assertTrue(md.contains("| `modules/1-intro/01-introduction.md` Introduction | changed | 4 | 0 | added `## Delivery` |"), md);
        assertEquals(1, md.split("\n### ").length - 1, "one changed entity: " + md);
    }

    @Test
    void jsonListsTheSameEdits() throws Exception {
        JsonNode root = Json.MAPPER.readTree(diff("v1", "v2", "--format", "json").out());

        assertEquals(1, root.get("schema_version").asInt());
        assertEquals(0, root.get("metadata").size());
        JsonNode entities = root.get("entities");
        assertEquals(3, entities.size(), entities.toString());
        assertEquals("gaps GAP-TEACHERS added", line(entities.get(0)));
        assertEquals("kpis KPI-GRADUATES changed", line(entities.get(1)));
        assertEquals("[{\"field\":\"targets[2030].value\",\"before\":\"3000\",\"after\":\"3500\"}]",
                entities.get(1).get("fields").toString());
        assertEquals("risks RISK-DROPOUT removed", line(entities.get(2)));
        JsonNode chapter = root.at("/chapters/0");
        assertEquals(1, root.get("chapters").size());
        assertEquals("modules/1-intro/01-introduction.md", chapter.get("file").asText());
        assertEquals(4, chapter.get("lines_added").asInt());
        assertEquals(0, chapter.get("lines_removed").asInt());
        assertEquals("[\"## Delivery\"]", chapter.get("headings_added").toString());
    }

    private static String line(JsonNode e) {
        return e.get("kind").asText() + " " + e.get("id").asText() + " " + e.get("change").asText();
    }

    @Test
    void withoutToTheWorkingTreeIsCompared() {
        strategy.write("content/stakeholders.yaml", StrategyFixture.STAKEHOLDERS.replace("type: ministry", "type: agency"));

        CliRun sinceV2 = diff("v2");
        CliRun sinceV1 = diff("v1");

        assertEquals("""
                Changes from v2 to working tree
                ~ stakeholders MDDT: Ministry of Digital Development and Transport
                    type: ministry -> agency
                1 added, 0 removed, 1 changed; 0 chapters changed
                """.replace("1 added", "0 added"), sinceV2.out());
        assertTrue(sinceV1.out().contains("+ gaps GAP-TEACHERS") && sinceV1.out().contains("type: ministry -> agency"),
                sinceV1.out());
    }

    @Test
    void identicalVersionsHaveNoChanges() {
        assertEquals("Changes from v2 to v2\nno changes\n", diff("v2", "v2").out());
    }

    @Test
    void anUnknownRefIsAUsageErrorWithoutAStackTrace() {
        CliRun run = diff("v9");

        assertEquals(2, run.exitCode());
        assertEquals("press: unknown git ref 'v9'", run.err().strip());
    }

    @Test
    void contentOutsideGitCannotBeCompared(@TempDir Path elsewhere) {
        StrategyFixture loose = StrategyFixture.in(elsewhere);
        CliRun run = loose.press("diff", "v1", "--content", loose.content().toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("press: git rev-parse failed"), run.err());
    }
}
