package org.strategypress.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Kpi;
import org.strategypress.model.Strategy;
import org.strategypress.testing.StrategyFixture;

/**
 * Each KPI with actuals gets one status, computed once (Progress) and shown the same in the KPI table, the explorer,
 * the KPI's page and the dashboard. The expected statuses are worked out here from the YAML, by hand.
 */
class ProgressTest {

    /** Four KPIs from 100 (2024) to 200 (2030) or 200 down to 100; the line moves 100/6 a year; tolerance 10. */
    static final String KPIS = """
            kpis:
              - id: KPI-AHEAD
                title: Ahead of its line
                measures: [INI-ACADEMY]
                contributes_to: [NT-ICT]
                unit: "%"
                direction: increase
                baseline: {value: 100, year: 2024}
                targets: [{year: 2030, value: 200}]
                owner: MDDT
                actuals: [{year: 2027, value: 160}]
              - id: KPI-BEHIND
                title: A little behind
                measures: [INI-ACADEMY]
                contributes_to: [NT-ICT]
                unit: "%"
                direction: increase
                baseline: {value: 100, year: 2024}
                targets: [{year: 2030, value: 200}]
                owner: MDDT
                actuals: [{year: 2026, value: 110}, {year: 2027, value: 145}]
              - id: KPI-FALLING
                title: Falling too slowly
                measures: [INI-ACADEMY]
                contributes_to: [NT-ICT]
                unit: "%"
                direction: decrease
                baseline: {value: 200, year: 2024}
                targets: [{year: 2027, value: 170}, {year: 2030, value: 100}]
                owner: MDDT
                actuals: [{year: 2027-07, value: 175}]
              - id: KPI-UNMEASURED
                title: Nothing since the baseline
                measures: [INI-ACADEMY]
                contributes_to: [NT-ICT]
                unit: "%"
                direction: increase
                baseline: {value: 100, year: 2024}
                targets: [{year: 2030, value: 200}]
                owner: MDDT
                actuals: [{year: 2023, value: 90}, {year: 2024, value: 100}]
              - id: KPI-PLAN
                title: No actuals at all
                measures: [INI-ACADEMY]
                contributes_to: [NT-ICT]
                unit: "%"
                direction: increase
                baseline: {value: 100, year: 2024}
                targets: [{year: 2030, value: 200}]
                owner: MDDT
            """;

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void write() {
        strategy = StrategyFixture.in(dir)
                .write("content/strategy.yaml", StrategyFixture.STRATEGY + "as_of: 2027-12\nrules: {kpi-off-track: info}\n")
                .write("content/kpis.yaml", KPIS);
    }

    /** What the statuses must be, worked out from the YAML above. */
    static Map<String, String> expected() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("KPI-AHEAD", "on-track");        // line at 2027: 100 + 100 * 3/6 = 150; 160 is ahead
        m.put("KPI-BEHIND", "behind");         // 145 is 5 behind 150; 5 <= 10 % of 100
        m.put("KPI-FALLING", "off-track");     // next target 2030 (2027-07 is after 2027): 200 - 100 * (3.5/6) = 141.7 (one decimal more than the values); 175 is 33.3 above
        m.put("KPI-UNMEASURED", "not-measured"); // the latest actual is the baseline year
        return m;
    }

    @Test
    void statusesMatchTheLineFromBaselineToTheNextTarget() {
        Strategy s = strategy.check(false).strategy();
        Progress p = Progress.of(s.meta(), YearMonth.of(2000, 1));

        Map<String, String> found = new LinkedHashMap<>();
        for (Kpi k : s.kpis()) p.of(k).ifPresent(x -> found.put(k.id(), x.status().code()));

        assertEquals(expected(), found);
        KpiProgress falling = p.of(s.kpis().get(2)).orElseThrow();
        assertEquals(new BigDecimal("141.7"), falling.expected());
        assertEquals(2030, falling.nextTarget().year());
        assertEquals(new BigDecimal("-75"), falling.remaining());
    }

    @Test
    void theSameStatusesShowInTheTableTheExplorerTheKpiPagesAndTheDashboard() {
        strategy.write("content/modules/4-roadmap/01-kpis.md", "# KPIs\n\n{{kpi-table}}\n");
        strategy.build();

        Document module = strategy.page("module-4.html");
        Document explorer = strategy.page("kpis.html");
        Document dashboard = strategy.page("index.html");
        expected().forEach((id, status) -> {
            assertEquals(status, statusIn(module.getElementById(id)), id + " in the KPI table");
            Element row = explorer.selectFirst("tr:has(a[href$=" + id + ".html])");
            assertEquals(status, row.attr("data-status"), id + " in the explorer");
            assertEquals(status, statusIn(row), id + " in the explorer's status column");
            assertEquals(status, statusIn(strategy.page(id + ".html").selectFirst("p.kpi-status")), id + " on its page");
            Element line = dashboard.selectFirst("ul.progress-counts li:has(a:containsOwn(" + id + "))");
            assertEquals(status, statusIn(line), id + " on the dashboard");
        });
        assertEquals("none", explorer.selectFirst("tr:has(a[href$=KPI-PLAN.html])").attr("data-status"));
        assertFalse(explorer.select("#filter-status option[value=off-track]").isEmpty(), "a filter by status");
        assertTrue(dashboard.selectFirst("#dash-progress").text().contains("as of 2027-12"));
    }

    private static String statusIn(Element e) {
        Element s = e.selectFirst(".status");
        return s == null ? "" : s.className().replace("status status-", "");
    }
}
