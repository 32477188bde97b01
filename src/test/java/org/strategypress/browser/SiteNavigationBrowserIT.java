package org.strategypress.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.strategypress.testing.Browser;
import org.strategypress.testing.SampleBuild;
import org.strategypress.testing.StaticSite;

/** A reader opens every kind of page of the sample site in Chromium: it loads cleanly and can be found from. */
class SiteNavigationBrowserIT {

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

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "module-1.html", "module-4.html", "INFRA.html", "KPI-INFRA-1.html",
            "GAP-INFRA-1.html", "INI-INFRA-1.html", "MDDT.html", "kpis.html", "trace-gaps.html", "trace-kpis.html",
            "search.html?q=broadband"})
    void everyPageTypeLoadsWithoutConsoleErrorsAndHasBreadcrumbs(String page) {
        browser.consoleErrors();
        browser.open(site.url(page));
        WebElement crumbs = browser.driver().findElement(By.cssSelector("nav.crumbs[aria-label=Breadcrumb]"));
        List<WebElement> steps = crumbs.findElements(By.tagName("li"));
        assertEquals("Overview", steps.get(0).getText());
        assertEquals(1, crumbs.findElements(By.cssSelector("[aria-current=page]")).size(), page);
        if (!page.equals("index.html")) assertTrue(steps.size() >= 2, page);
        assertEquals(List.of(), browser.consoleErrors(), "console errors on " + page);
    }

    @Test
    void entityBreadcrumbsNameTheKindAndTheId() {
        browser.open(site.url("KPI-INFRA-1.html"));
        List<String> steps = browser.driver().findElements(By.cssSelector("nav.crumbs li")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Overview", "KPI", "KPI-INFRA-1"), steps);
        browser.open(site.url("module-2.html"));
        String last = browser.driver().findElement(By.cssSelector("nav.crumbs [aria-current=page]")).getText();
        assertTrue(last.startsWith("Module 2"), last);
        assertNotNull(browser.driver().findElement(By.cssSelector("nav.prevnext a.prev[href='module-1.html']")));
    }

    @Test
    void theSidebarLeadsToTheExplorerAndTheMatrices() {
        browser.open(site.url("index.html"));
        for (String href : List.of("kpis.html", "trace-gaps.html", "trace-kpis.html", "search.html")) {
            assertFalse(browser.driver().findElements(By.cssSelector("nav.sidebar a[href='" + href + "']")).isEmpty(), href);
        }
        assertEquals(3, browser.driver().findElements(By.cssSelector(".dashboard ul.coverage li")).size());
        String status = browser.driver().findElement(By.cssSelector(".dashboard .status-line")).getText();
        assertTrue(status.startsWith("Valid · 0 errors"), status);
    }

    @Test
    void onANarrowScreenTheSidebarFoldsBehindAButtonAndNothingOverflows() {
        try (Browser phone = Browser.start(375, 740)) {
            phone.open(site.url("module-1.html"));
            WebElement sidebar = phone.driver().findElement(By.id("sidebar"));
            WebElement toggle = phone.driver().findElement(By.cssSelector("button.menu-toggle"));
            assertFalse(sidebar.isDisplayed(), "the sidebar is folded at 375 px");
            assertTrue(toggle.isDisplayed());
            assertEquals("false", toggle.getAttribute("aria-expanded"));
            toggle.click();
            assertTrue(sidebar.isDisplayed(), "the button shows the sidebar");
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            for (String page : List.of("module-1.html", "index.html", "kpis.html", "trace-gaps.html", "trace-kpis.html",
                    "KPI-INFRA-1.html", "INFRA.html", "search.html?q=digital")) {
                phone.open(site.url(page));
                long overflow = (Long) phone.js("return document.documentElement.scrollWidth - window.innerWidth");
                assertTrue(overflow <= 0, page + " is wider than the screen by " + overflow + " px");
            }
            assertEquals(List.of(), phone.consoleErrors());
        }
    }

    @Test
    void printingHidesTheNavigation() {
        browser.open(site.url("module-1.html"));
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String css : List.of("header.top", "nav.sidebar", "nav.crumbs", "nav.prevnext")) {
                assertEquals("none", browser.js("return getComputedStyle(document.querySelector(arguments[0])).display", css), css);
            }
            assertTrue(browser.driver().findElement(By.cssSelector("main")).isDisplayed());
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
