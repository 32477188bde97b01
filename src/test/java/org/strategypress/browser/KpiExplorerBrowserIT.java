package org.strategypress.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.strategypress.testing.Browser;
import org.strategypress.testing.SampleBuild;
import org.strategypress.testing.StaticSite;

/** A reader narrows the KPI explorer with its filters and sorts it by a column. */
class KpiExplorerBrowserIT {

    private static StaticSite site;
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start(1280, 900);
        site = StaticSite.serve(SampleBuild.site());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (site != null) site.close();
    }

    @BeforeEach
    void open() {
        browser.open(site.url("kpis.html"));
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#kpi-table tbody tr"));
    }

    private List<WebElement> visibleRows() {
        return rows().stream().filter(WebElement::isDisplayed).toList();
    }

    private String count() {
        return browser.driver().findElement(By.id("kpi-count")).getText();
    }

    @Test
    void filtersReduceTheVisibleRowsAndTheCount() {
        int all = rows().size();
        assertTrue(all > 10, "the sample has many KPIs");
        assertEquals(all, visibleRows().size());
        assertEquals("Showing all " + all + " KPIs", count());

        Select pillar = new Select(browser.driver().findElement(By.id("filter-pillar")));
        String chosen = pillar.getOptions().get(1).getAttribute("value");
        pillar.selectByIndex(1);
        List<WebElement> shown = visibleRows();
        assertTrue(shown.size() > 0 && shown.size() < all, shown.size() + " of " + all);
        assertEquals("Showing " + shown.size() + " of " + all + " KPIs", count());
        for (WebElement r : shown) assertTrue((" " + r.getAttribute("data-pillars") + " ").contains(" " + chosen + " "));

        Select target = new Select(browser.driver().findElement(By.id("filter-target")));
        String firstTarget = shown.get(0).getAttribute("data-targets").split(" ")[0];
        target.selectByValue(firstTarget);
        List<WebElement> both = visibleRows();
        assertTrue(both.size() >= 1 && both.size() <= shown.size());
        assertEquals("Showing " + both.size() + " of " + all + " KPIs", count());

        browser.driver().findElement(By.cssSelector("#kpi-filters button[type=reset]")).click();
        browser.waitFor().until(d -> visibleRows().size() == all);
        assertEquals("Showing all " + all + " KPIs", count());

        new Select(browser.driver().findElement(By.id("filter-horizon"))).selectByIndex(1);
        assertTrue(visibleRows().size() < all, "a horizon filter narrows too");
        new Select(browser.driver().findElement(By.id("filter-owner"))).selectByIndex(1);
        assertEquals("Showing " + visibleRows().size() + " of " + all + " KPIs", count());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void headersSortTheTableAndSayHow() {
        WebElement th = browser.driver().findElement(By.xpath("//table[@id='kpi-table']/thead//th[.//button[starts-with(normalize-space(.),'Baseline')]]"));
        WebElement button = th.findElement(By.tagName("button"));
        assertNull(th.getAttribute("aria-sort"));
        button.click();
        assertEquals("ascending", th.getAttribute("aria-sort"));
        List<Double> up = baselines();
        List<Double> sorted = new ArrayList<>(up);
        sorted.sort(null);
        assertEquals(sorted, up);
        button.click();
        assertEquals("descending", th.getAttribute("aria-sort"));
        List<Double> down = baselines();
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, down);

        WebElement idHeader = browser.driver().findElement(By.xpath("//table[@id='kpi-table']/thead//th[1]"));
        idHeader.findElement(By.tagName("button")).click();
        assertEquals("ascending", idHeader.getAttribute("aria-sort"));
        assertNull(th.getAttribute("aria-sort"), "only the sorted column says so");
        assertFalse(browser.driver().findElements(By.cssSelector("#kpi-table thead button.sort")).isEmpty());
    }

    @Test
    void quickWinsOnlyKeepsTheKpisOfQuickWinsAndTheCostColumnSorts() {
        int all = rows().size();
        WebElement quickWins = browser.driver().findElement(By.id("filter-quick-win"));
        assertTrue(quickWins.isDisplayed(), "the sample has quick wins");
        quickWins.click();
        List<WebElement> shown = visibleRows();
        assertTrue(shown.size() > 0 && shown.size() < all, shown.size() + " of " + all);
        for (WebElement r : shown) assertEquals("yes", r.getAttribute("data-quick-win"));
        for (WebElement r : shown) assertTrue(r.getText().contains("quick win"), r.getText());
        assertEquals("Showing " + shown.size() + " of " + all + " KPIs", count());
        rows().stream().filter(r -> "no".equals(r.getAttribute("data-quick-win")))
                .forEach(r -> assertFalse(r.isDisplayed(), r.getAttribute("data-owner")));

        new Select(browser.driver().findElement(By.id("filter-pillar"))).selectByIndex(1);
        assertTrue(visibleRows().stream().allMatch(r -> "yes".equals(r.getAttribute("data-quick-win"))), "the filters combine");
        browser.driver().findElement(By.cssSelector("#kpi-filters button[type=reset]")).click();
        browser.waitFor().until(d -> visibleRows().size() == all);
        assertFalse(quickWins.isSelected());

        WebElement cost = browser.driver().findElement(By.xpath("//table[@id='kpi-table']/thead//th[.//button[starts-with(normalize-space(.),'Cost')]]"));
        cost.findElement(By.tagName("button")).click();
        int col = browser.driver().findElements(By.xpath("//table[@id='kpi-table']/thead//th")).indexOf(cost);
        List<Double> up = rows().stream().map(r -> Double.parseDouble(r.findElements(By.xpath("./*")).get(col).getAttribute("data-value"))).toList();
        List<Double> sorted = new ArrayList<>(up);
        sorted.sort(null);
        assertEquals(sorted, up);
        assertEquals(List.of(), browser.consoleErrors());
    }

    private List<Double> baselines() {
        return rows().stream().map(r -> Double.parseDouble(r.findElements(By.tagName("td")).get(4).getAttribute("data-value"))).toList();
    }

    @Test
    void withoutJavaScriptItIsAPlainTable() {
        // what the file holds before any script runs: the filters hidden, no sort buttons, every row there
        String source = (String) browser.js("return fetch(location.href).then(r => r.text())");
        org.jsoup.nodes.Document plain = org.jsoup.Jsoup.parse(source);
        assertTrue(plain.selectFirst("#kpi-filters").hasAttr("hidden"));
        assertTrue(plain.select("#kpi-table thead button").isEmpty());
        assertEquals(rows().size(), plain.select("#kpi-table tbody tr").size());
        assertEquals(rows().size() + " KPIs", plain.selectFirst("#kpi-count").text());
        org.jsoup.nodes.Element cost = plain.select("#kpi-table thead th").stream().filter(th -> th.text().startsWith("Cost")).findFirst().orElseThrow();
        assertTrue(cost.hasClass("num"), "numbers are right-aligned");
        assertTrue(plain.select("#kpi-table tbody td.num[data-value]").size() > rows().size(), "cost and score cells carry their value");
    }
}
