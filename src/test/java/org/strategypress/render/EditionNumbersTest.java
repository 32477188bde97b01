package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.strategypress.testing.SampleBuild;
import org.strategypress.testing.StrategyFixture;

/**
 * The sample's numbers as each edition's reader writes them: the Azerbaijani site and print show {@code 325,5} and
 * {@code 20.000}, the English ones {@code 325.5} and {@code 20,000}; the numbers scripts read ({@code data-value}
 * for sorting the KPI explorer) stay plain in both.
 */
class EditionNumbersTest {

    /** An az number: groups of three split by a dot, the fraction after a comma. */
    private static final Pattern AZ = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    @Test
    void theAzerbaijaniCostTableWritesDecimalCommas() {
        Element costs = page("az", "module-4.html").selectFirst("table.costs");
        assertNotNull(costs, "no cost table on the az module 4");
        List<String> cells = costs.select("td.num").eachText();
        assertFalse(cells.isEmpty());
        for (String c : cells) assertTrue(AZ.matcher(c).matches(), "not an az number: " + c);
        assertEquals("325,5", costs.select("tr.total td").last().text());
        assertEquals("325.5", page("en", "module-4.html").select("table.costs tr.total td").last().text());
    }

    @Test
    void theKeyFiguresAndTheScoresFollowTheEdition() {
        Document az = page("az", "front-executive-summary.html");
        assertEquals("325,5", az.selectFirst("[data-figure=total-cost] .kf-value").text());
        // a part of a whole in each edition's words, not the English "of" in the Azerbaijani one
        String served = az.selectFirst("[data-figure=targets-served] .kf-value").text();
        assertTrue(served.matches("\\d+ / \\d+"), "national targets served, az: " + served);
        String servedEn = page("en", "front-executive-summary.html").selectFirst("[data-figure=targets-served] .kf-value").text();
        assertTrue(servedEn.matches("\\d+ of \\d+"), "national targets served, en: " + servedEn);
        Element ranked = page("az", "module-4.html").selectFirst("table.priorities tbody tr");
        assertNotNull(ranked);
        String weighted = ranked.selectFirst("td.num strong").text();
        assertTrue(weighted.matches("\\d+,\\d{2}"), "weighted score in az: " + weighted);
        assertTrue(page("az", "module-4.html").select("table.action-status tr.total td").eachText().stream()
                .skip(1).allMatch(t -> t.matches("\\d+% \\(\\d+\\)")), "shares as ICU writes az percentages");
    }

    @Test
    void theKpiExplorerShowsAzNumbersAndSortsByPlainOnes() {
        Document az = page("az", "kpis.html");
        List<Element> valued = az.select("#kpi-table td[data-value]");
        assertFalse(valued.isEmpty());
        for (Element td : valued) assertTrue(PLAIN.matcher(td.attr("data-value")).matches(), "data-value " + td.attr("data-value"));
        Element big = valued.stream().filter(td -> td.attr("data-value").equals("20000")).findFirst().orElseThrow();
        assertTrue(big.text().startsWith("20.000"), big.text());
        Element en = page("en", "kpis.html").select("#kpi-table td[data-value=20000]").first();
        assertNotNull(en);
        assertTrue(en.text().startsWith("20,000"), en.text());
    }

    @Test
    void theAzerbaijaniPrintShowsTheChartTicksAndKpiValuesInAz() throws IOException {
        Document print = StrategyFixture.parse(azPrintHtml());
        List<String> ticks = print.select("figure.chart .axis-y .tick").eachText();
        assertFalse(ticks.isEmpty());
        for (String t : ticks) assertTrue(AZ.matcher(t).matches(), "tick " + t);
        assertTrue(ticks.stream().anyMatch(t -> t.contains(".")), "a tick of thousands grouped with a dot: " + ticks);
        assertTrue(print.select("table td.num .value").eachText().stream().noneMatch(t -> t.matches(".*\\d\\.\\d{1,2}(\\D.*)?")),
                "a KPI value with a decimal point in the az print");
    }

    private static Document page(String lang, String name) {
        return StrategyFixture.parse(SampleBuild.out().resolve("html").resolve(lang).resolve(name));
    }

    private static Path azPrintHtml() throws IOException {
        try (Stream<Path> s = Files.list(SampleBuild.out().resolve("pdf"))) {
            return s.filter(p -> p.getFileName().toString().endsWith("-az.html")).findFirst().orElseThrow();
        }
    }
}
