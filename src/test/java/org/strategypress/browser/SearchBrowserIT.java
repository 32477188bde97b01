package org.strategypress.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.strategypress.testing.Browser;
import org.strategypress.testing.SampleBuild;

/**
 * A reader searches the sample site opened from disk (file://, where a page may not fetch() a JSON file): by a
 * KPI's id, by a word of its title, with the keyboard only.
 */
class SearchBrowserIT {

    private static Path html;
    private static Browser browser;
    private static String kpiId;
    private static String titleWord;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start(1280, 900);
        html = SampleBuild.site();
        // a KPI of the sample and the longest word of its title, as the reader sees them in the explorer
        Element row = Jsoup.parse(html.resolve("kpis.html").toFile()).selectFirst("#kpi-table tbody tr");
        kpiId = row.selectFirst("th").text();
        titleWord = Arrays.stream(row.select("td").get(0).ownText().split("[^\\p{L}]+"))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    private String url(String page) {
        return html.resolve(page).toUri().toString();
    }

    private WebElement box() {
        return browser.driver().findElement(By.id("site-search-q"));
    }

    private List<WebElement> options() {
        return browser.driver().findElements(By.cssSelector("#site-search-results [role=option]"));
    }

    @Test
    void theBoxFindsAKpiByItsIdFirstAndEnterOpensIt() {
        browser.open(url("index.html"));
        WebElement box = box();
        assertEquals("combobox", box.getAttribute("role"));
        assertEquals("false", box.getAttribute("aria-expanded"));
        box.sendKeys(kpiId.toLowerCase());
        browser.waitFor().until(d -> !options().isEmpty());
        assertEquals("true", box.getAttribute("aria-expanded"));
        assertTrue(options().get(0).getText().contains(kpiId), "the id match comes first: " + options().get(0).getText());

        box.sendKeys(Keys.ARROW_DOWN);
        String active = box.getAttribute("aria-activedescendant");
        assertEquals(options().get(0).getAttribute("id"), active);
        assertEquals("true", options().get(0).getAttribute("aria-selected"));
        box.sendKeys(Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.urlContains(kpiId + ".html"));
        assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains(kpiId));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theBoxFindsAKpiByAWordOfItsTitleAndEscapeCloses() {
        browser.open(url("module-1.html"));
        WebElement box = box();
        box.sendKeys(titleWord);
        browser.waitFor().until(d -> !options().isEmpty());
        // all results are on the results page; the KPI is among them
        box.sendKeys(Keys.ESCAPE);
        assertEquals("false", box.getAttribute("aria-expanded"));
        box.sendKeys(Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.urlContains("search.html?q="));
        browser.waitFor().until(d -> d.findElement(By.id("search-page-status")).getText().contains("result"));
        List<String> hrefs = browser.driver().findElements(By.cssSelector("#search-page-results a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertTrue(hrefs.stream().anyMatch(h -> h.endsWith("/" + kpiId + ".html")), titleWord + " finds " + kpiId + ": " + hrefs);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theResultsPageListsEveryMatchWithTheIdMatchFirst() {
        browser.open(url("search.html") + "?q=" + kpiId);
        browser.waitFor().until(d -> !d.findElements(By.cssSelector("#search-page-results li")).isEmpty());
        WebElement first = browser.driver().findElement(By.cssSelector("#search-page-results li a"));
        assertTrue(first.getAttribute("href").endsWith("/" + kpiId + ".html"), first.getAttribute("href"));
        assertEquals(kpiId, browser.driver().findElement(By.id("search-page-q")).getAttribute("value"));
        // chapters are found too
        browser.open(url("search.html") + "?q=method");
        browser.waitFor().until(d -> !d.findElements(By.cssSelector("#search-page-results li")).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector("#search-page-results a")).stream()
                .anyMatch(a -> a.getAttribute("href").contains("module-1.html#")), "a chapter section of module 1");
        assertEquals(List.of(), browser.consoleErrors());
    }
}
