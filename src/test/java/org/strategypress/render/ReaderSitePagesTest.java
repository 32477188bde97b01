package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The pages only the site has, built from two pillars and a national target no KPI serves (a warning): the
 * dashboard, the traceability matrices, the KPI explorer's table, the search index and the breadcrumbs.
 */
class ReaderSitePagesTest {

    @TempDir
    static Path dir;
    static StrategyFixture strategy;

    @BeforeAll
    static void build() {
        strategy = StrategyFixture.in(dir)
                .write("content/connect.yaml", StrategyFixture.CONNECTIVITY)
                .write("content/framework.yaml", StrategyFixture.FRAMEWORK + """
                          - id: NT-LONELY
                            priority: P1
                            title: A target nobody measures
                            unit: "%"
                            baseline: {value: 1, year: 2024}
                            target: {value: 2, year: 2030}
                        """);
        strategy.build();
    }

    @Test
    void theDashboardShowsCoverageValidationAndWarnings() {
        Document index = strategy.page("index.html");
        List<String> coverage = index.select(".dashboard ul.coverage li").eachText();
        assertEquals(List.of("Gaps addressed by an initiative 2 of 2", "Initiatives measured by a KPI 2 of 2",
                "National targets served by a KPI 1 of 2"), coverage);
        assertEquals("width: 50%", index.select(".dashboard .bar-fill").get(2).attr("style"));
        assertEquals("Valid · 0 errors · 1 warning or note", index.selectFirst(".dashboard .status-line").text());
        assertTrue(index.selectFirst(".dashboard .build-facts").text().contains("Version"));
        assertEquals("2", index.select(".dashboard ul.counts a[href=kpis.html] strong").text());
        assertNotNull(index.selectFirst(".dashboard a[href=trace-gaps.html]"));
        assertNotNull(index.selectFirst(".dashboard a[href=trace-kpis.html]"));
    }

    @Test
    void gapsAgainstInitiativesPillarByPillar() {
        Document page = strategy.page("trace-gaps.html");
        List<Element> tables = page.select("main table.matrix");
        assertEquals(2, tables.size());
        Element skills = page.selectFirst("section:has(h2#trace-SKILLS) table.matrix");
        assertEquals(List.of("Gap", "INI-ACADEMY"), skills.select("thead th[scope=col]").eachText());
        Element row = skills.selectFirst("tbody tr");
        assertEquals("GAP-SKILLS Too few ICT specialists", row.selectFirst("th[scope=row]").text());
        assertEquals(1, row.select("td.mark .tick").size());
        assertEquals("addressed", row.selectFirst("td.mark .visually-hidden").text());
        assertEquals(List.of("Gap", "INI-FIBRE"), page.select("section:has(h2#trace-CONNECT) table.matrix thead th[scope=col]").eachText());
    }

    @Test
    void kpisAgainstNationalTargetsGroupedByPriority() {
        Document page = strategy.page("trace-kpis.html");
        Element table = page.selectFirst("main table.matrix");
        assertEquals(List.of("P1"), table.select("thead th[scope=colgroup]").eachText());
        assertEquals("2", table.selectFirst("thead th[scope=colgroup]").attr("colspan"));
        assertEquals(List.of("KPI", "NT-ICT", "NT-LONELY"), table.select("thead th[scope=col]").eachText());
        for (Element row : table.select("tbody tr")) {
            List<Element> cells = row.select("td.mark");
            assertEquals(1, cells.get(0).select(".tick").size(), row.text());
            assertEquals(0, cells.get(1).select(".tick").size(), row.text());
        }
    }

    @Test
    void theKpiExplorerIsAPlainTableWithWhatTheFiltersRead() {
        Document page = strategy.page("kpis.html");
        Element row = page.selectFirst("#kpi-table tbody tr:has(a[href=KPI-GRADUATES.html])");
        assertEquals("SKILLS", row.attr("data-pillars"));
        assertEquals("MDDT", row.attr("data-owner"));
        assertEquals("NT-ICT", row.attr("data-targets"));
        assertEquals("1200", row.select("td").get(4).attr("data-value"));
        assertTrue(page.selectFirst("#kpi-filters").hasAttr("hidden"), "the filters show only once kpis.js runs");
        // the pillars in the document's order (connect.yaml is read before pillars.yaml)
        assertEquals(List.of("", "CONNECT", "SKILLS"), page.select("#filter-pillar option").eachAttr("value"));
        assertEquals("2 KPIs", page.selectFirst("#kpi-count").text());
        assertNotNull(page.selectFirst("script[src=site/kpis.js]"));
        assertTrue(page.select("#kpi-table thead th").eachText().stream().noneMatch(h -> h.startsWith("Cost") || h.startsWith("Weighted")),
                "no cost or score columns when no initiative has a cost or a score");
        assertNull(page.selectFirst("#filter-quick-win"), "no quick-win filter without quick wins");
    }

    @Test
    void theSearchIndexIsAScriptWithEveryEntityAndEverySection() throws IOException {
        Path file = strategy.out().resolve("html/search-index.js");
        assertTrue(Files.exists(strategy.out().resolve("html/site/search.js")));
        String js = Files.readString(file);
        String prefix = "window.PRESS_SEARCH_INDEX = ";
        assertTrue(js.startsWith(prefix) && js.strip().endsWith(";"), js.substring(0, 60));
        JsonNode index = new ObjectMapper().readTree(js.substring(prefix.length(), js.strip().length() - 1));
        JsonNode kpi = find(index, "KPI-GRADUATES");
        assertEquals("kpis", kpi.get("kind").asText());
        assertEquals("KPI", kpi.get("label").asText());
        assertEquals("ICT graduates per year", kpi.get("title").asText());
        assertEquals("KPI-GRADUATES.html", kpi.get("href").asText());
        assertEquals("Skills taught from school onwards.", find(index, "BM-EE").get("text").asText());
        for (String id : List.of("SKILLS", "CONNECT", "GAP-SKILLS", "INI-ACADEMY", "MDDT", "NT-ICT", "P1"))
            assertNotNull(find(index, id), id);
        boolean section = false;
        for (JsonNode e : index) {
            if (e.get("kind").asText().equals("section") && e.get("href").asText().startsWith("module-1.html#")) {
                section = true;
                assertTrue(e.get("label").asText().startsWith("Module 1"), e.toString());
            }
        }
        assertTrue(section, "the chapters' headings are in the index");
    }

    private static JsonNode find(JsonNode index, String id) {
        for (JsonNode e : index) if (e.get("id").asText().equals(id)) return e;
        return null;
    }

    @Test
    void breadcrumbsLeadBackToTheOverview() {
        assertEquals(List.of("Overview", "KPI", "KPI-GRADUATES"), strategy.page("KPI-GRADUATES.html").select("nav.crumbs li").eachText());
        assertEquals("kpis.html", strategy.page("KPI-GRADUATES.html").select("nav.crumbs li a").get(1).attr("href"));
        assertEquals(List.of("Overview", "Pillars", "Digital skills"), strategy.page("SKILLS.html").select("nav.crumbs li").eachText());
        Element current = strategy.page("module-1.html").selectFirst("nav.crumbs [aria-current=page]");
        assertEquals("module-1.html", current.attr("href"));
        assertEquals(List.of("Overview"), strategy.page("index.html").select("nav.crumbs li").eachText());
        assertEquals(List.of("Overview", "Traceability", "Gaps × initiatives"), strategy.page("trace-gaps.html").select("nav.crumbs li").eachText());
    }
}
