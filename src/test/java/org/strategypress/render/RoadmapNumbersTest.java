package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strategypress.testing.SampleBuild;
import org.strategypress.testing.StrategyFixture;
import org.yaml.snakeyaml.Yaml;

/**
 * The numbers module 4 shows add up: weighted scores, cost totals, the funding gap and the action-plan shares are
 * recomputed here from the sample's YAML (read with plain SnakeYAML, not the tool's loader) and compared with what
 * the site's module page shows.
 */
class RoadmapNumbersTest {

    static Document page;
    static Map<String, Double> weights = new LinkedHashMap<>();
    static List<Map<String, Object>> initiatives = new java.util.ArrayList<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readSampleAndItsSite() throws IOException {
        page = StrategyFixture.parse(SampleBuild.site().resolve("module-4.html"));
        Map<String, Object> strategy = yaml(SampleBuild.CONTENT.resolve("strategy.yaml"));
        for (Map<String, Object> c : (List<Map<String, Object>>) ((Map<String, Object>) strategy.get("prioritisation")).get("criteria"))
            weights.put((String) c.get("id"), ((Number) c.get("weight")).doubleValue());
        try (Stream<Path> files = Files.list(SampleBuild.CONTENT.resolve("module4/initiatives"))) {
            for (Path f : files.sorted().toList())
                initiatives.addAll((List<Map<String, Object>>) yaml(f).get("initiatives"));
        }
    }

    private static Map<String, Object> yaml(Path f) throws IOException {
        try (Reader r = Files.newBufferedReader(f)) {
            return new Yaml().load(r);
        }
    }

    private static BigDecimal dec(Object n) {
        return new BigDecimal(n.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRankedTableShowsEachWeightedScore() {
        Element table = page.selectFirst("table.priorities");
        assertNotNull(table, "no priority table on module-4.html");
        assertEquals(initiatives.size(), table.select("tbody tr").size());
        for (Map<String, Object> i : initiatives) {
            Map<String, Object> scores = (Map<String, Object>) i.get("scores");
            BigDecimal sum = BigDecimal.ZERO;
            for (Map.Entry<String, Double> w : weights.entrySet())
                sum = sum.add(dec(scores.get(w.getKey())).multiply(BigDecimal.valueOf(w.getValue())));
            String expected = sum.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP).toPlainString();
            Element row = table.select("tbody tr").stream().filter(tr -> tr.text().contains(i.get("id") + " ")).findFirst().orElseThrow();
            assertEquals(expected, row.select("td").get(2 + weights.size()).text(), "weighted score of " + i.get("id"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCostTableAddsUpByPillarAndOverall() {
        Map<String, BigDecimal> byPillar = new LinkedHashMap<>();
        BigDecimal all = BigDecimal.ZERO;
        for (Map<String, Object> i : initiatives)
            for (Map<String, Object> c : (List<Map<String, Object>>) i.get("cost")) {
                byPillar.merge((String) i.get("pillar"), dec(c.get("amount")), BigDecimal::add);
                all = all.add(dec(c.get("amount")));
            }
        Element table = page.selectFirst("table.costs");
        assertNotNull(table);
        for (Map.Entry<String, BigDecimal> p : byPillar.entrySet()) {
            Element row = table.select("tbody tr").stream().filter(tr -> tr.selectFirst("th").text().startsWith(p.getKey() + " ")).findFirst().orElseThrow();
            assertEquals(p.getValue().stripTrailingZeros().toPlainString(), row.select("td").last().text(), "total of " + p.getKey());
        }
        assertEquals(all.stripTrailingZeros().toPlainString(), table.select("tr.total td").last().text());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFundingGapIsCostNotCoveredByAnyFundingLine() {
        BigDecimal gap = BigDecimal.ZERO;
        for (Map<String, Object> i : initiatives) {
            BigDecimal cost = ((List<Map<String, Object>>) i.get("cost")).stream().map(c -> dec(c.get("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal funded = ((List<Map<String, Object>>) i.get("funding")).stream().map(c -> dec(c.get("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (cost.compareTo(funded) > 0) gap = gap.add(cost.subtract(funded));
        }
        String total = page.selectFirst("figure.financing-chart p.chart-total").text();
        assertEquals(true, total.contains("funding gap " + gap.stripTrailingZeros().toPlainString() + " "), total);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStatusSharesAreCountsOverAllMilestones() {
        Map<String, Integer> n = new LinkedHashMap<>();
        int total = 0;
        for (Map<String, Object> i : initiatives)
            for (Map<String, Object> m : (List<Map<String, Object>>) i.get("milestones")) {
                n.merge((String) m.getOrDefault("status", "planned"), 1, Integer::sum);
                total++;
            }
        Element overall = page.selectFirst("table.action-status tr.total");
        assertNotNull(overall);
        List<String> cells = overall.select("td").eachText();
        assertEquals(Integer.toString(total), cells.get(0));
        String[] order = {"done", "on-track", "at-risk", "late", "planned"};
        for (int k = 0; k < order.length; k++) {
            int c = n.getOrDefault(order[k], 0);
            String share = BigDecimal.valueOf(c * 100L).divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP).toPlainString();
            assertEquals(share + "% (" + c + ")", cells.get(k + 1), order[k]);
        }
        assertEquals(n.getOrDefault("late", 0).intValue(), page.select("ul.late li").size());
    }
}
