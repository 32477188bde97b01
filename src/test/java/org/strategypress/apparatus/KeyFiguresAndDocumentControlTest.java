package org.strategypress.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * An executive summary written around {{key-figures}} and {{figure NAME}} quotes what the data says, and follows it
 * when the data changes; the document control table follows the cover and opens the site; the drafts index shows
 * each draft's latest decision.
 */
class KeyFiguresAndDocumentControlTest {

    @TempDir
    Path dir;
    @TempDir
    Path site;

    static final String SUMMARY = """
            # Executive summary

            The strategy runs over {{figure horizon}}: {{figure initiatives}} initiatives, measured by {{figure kpis}} KPIs,
            serve {{figure targets-served}} national targets.

            {{key-figures}}
            """;

    static final String REVIEWS = """
            reviews:
              - {version: "0.2", date: 2026-10-01, by: Ministry of Economy, decision: comments, note: Add costs}
              - {version: "0.3", date: 2026-11-20, by: Ministry of Economy, decision: cleared}
            """;

    @Test
    void theKeyFiguresAreWhatTheYamlSaysAndFollowItWhenItChanges() throws IOException {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/front/01-summary.md", SUMMARY);
        strategy.build();
        assertEquals(expected(strategy), shown(strategy.page("front-summary.html")));
        assertEquals(expected(strategy), shown(strategy.print()));
        assertEquals("The strategy runs over 2026–2030: 1 initiatives, measured by 1 KPIs, serve 1 of 1 national targets.",
                strategy.page("front-summary.html").selectFirst("main p").text());

        strategy.write("content/framework.yaml", StrategyFixture.FRAMEWORK + """
                  - id: NT-SKILLS
                    priority: P1
                    title: Adults with basic digital skills
                """).write("content/kpis.yaml", StrategyFixture.KPIS + """
                  - id: KPI-ENROLLED
                    title: Students enrolled
                    measures: [INI-ACADEMY]
                    contributes_to: [NT-ICT]
                    unit: students
                    direction: increase
                    baseline: {value: 300, year: 2024}
                    targets: [{year: 2030, value: 900}]
                    owner: MDDT
                """);
        strategy.build();
        Map<String, String> after = expected(strategy);
        assertEquals(after, shown(strategy.page("front-summary.html")));
        assertEquals("2", after.get("kpis"));
        assertEquals("1 of 2", after.get("targets-served"));
        assertTrue(strategy.page("front-summary.html").selectFirst("main p").text().contains("measured by 2 KPIs, serve 1 of 2"));
    }

    @Test
    void anUnknownFigureIsAnErrorAtItsPlace() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/front/01-summary.md", "# Summary\n\nWe have {{figure kpi}} KPIs.\n");
        var d = strategy.single("unknown-directive");
        strategy.assertAt(d, "content/front/01-summary.md", 3, 9);
        assertTrue(d.message().contains("did you mean 'kpis'"), d.message());
        StrategyFixture costs = StrategyFixture.in(dir).write("content/front/01-summary.md", "# Summary\n\nIt costs {{figure total-cost}}.\n");
        assertTrue(costs.single("unknown-directive").message().contains("initiatives' cost"));
    }

    @Test
    void reviewsFollowTheCoverOpenTheSiteAndTheDraftsIndexShowsTheLatestDecision() throws IOException {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/strategy.yaml", StrategyFixture.STRATEGY + "version: \"0.3\"\n" + REVIEWS);
        strategy.build();
        Document print = strategy.print();
        Element control = print.selectFirst("section.document-control");
        assertEquals(print.selectFirst("section.cover"), print.select("body > section").first(), "the cover comes first");
        assertEquals(control, print.select("body > section").get(1), "document control right after the cover");
        assertEquals(List.of("0.2 2026-10-01 Ministry of Economy Comments Add costs", "0.3 2026-11-20 Ministry of Economy Cleared"),
                control.select("tbody tr").eachText());
        assertEquals(List.of("0.2 2026-10-01 Ministry of Economy Comments Add costs", "0.3 2026-11-20 Ministry of Economy Cleared"),
                strategy.page("index.html").select("section.document-control tbody tr").eachText());

        var run = strategy.press("publish", "--site", site.toString(), "--content", strategy.content().toString(),
                "--templates", "templates");
        assertEquals(0, run.exitCode(), run.err());
        Element row = Jsoup.parse(site.resolve("index.html").toFile()).selectFirst("tr.draft");
        assertEquals("Cleared by Ministry of Economy (2026-11-20)", row.selectFirst("td.review").text());
    }

    /** The figures as the test computes them from the fixture's YAML files. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> expected(StrategyFixture strategy) throws IOException {
        Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        try (var files = Files.list(strategy.content())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("strategy.yaml")).toList()) {
                Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(f));
                doc.forEach((k, v) -> all.computeIfAbsent(k, x -> new java.util.ArrayList<>()).addAll((List<Map<String, Object>>) v));
            }
        }
        List<Map<String, Object>> targets = all.getOrDefault("national_targets", List.of());
        List<Map<String, Object>> kpis = all.getOrDefault("kpis", List.of());
        Set<Object> served = kpis.stream().flatMap(k -> ((List<Object>) k.get("contributes_to")).stream()).collect(Collectors.toSet());
        Map<String, String> out = new LinkedHashMap<>();
        out.put("initiatives", Integer.toString(all.getOrDefault("initiatives", List.of()).size()));
        out.put("kpis", Integer.toString(kpis.size()));
        out.put("national-targets", Integer.toString(targets.size()));
        out.put("targets-served", targets.stream().filter(t -> served.contains(t.get("id"))).count() + " of " + targets.size());
        out.put("horizon", "2026–2030");
        return out;
    }

    private static Map<String, String> shown(Document d) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element li : d.select(".key-figures [data-figure]")) out.put(li.attr("data-figure"), li.selectFirst(".kf-value").text());
        return out;
    }
}
