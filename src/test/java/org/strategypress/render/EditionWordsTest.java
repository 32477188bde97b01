package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.strategypress.i18n.Language;
import org.strategypress.i18n.Messages;
import org.strategypress.testing.SampleBuild;
import org.strategypress.testing.StrategyFixture;

/**
 * The sample's Azerbaijani site speaks Azerbaijani in the templates' own words: the KPI explorer's filters, columns
 * and the words its script counts with, module 4's captions and column heads, the entity pages' labels. Every text
 * checked here is compared with the English bundle: none may be an English message (content left untranslated is
 * marked lang="en" and not looked at).
 */
class EditionWordsTest {

    private static final Messages EN = Messages.load(Path.of("templates"), Language.of("en"));
    private static final Messages AZ = Messages.load(Path.of("templates"), Language.of("az"));

    @Test
    void theKpiExplorerFiltersAndCountsInAzerbaijani() {
        Document kpis = page("kpis.html");
        assertEquals(AZ.format("kpis.quickWinsOnly"), kpis.selectFirst("label[for=filter-quick-win]").text());
        Element count = kpis.selectFirst("#kpi-count");
        int rows = kpis.select("#kpi-table tbody tr").size();
        assertEquals(AZ.format("kpis.showingAll", rows), count.attr("data-all"), "the words kpis.js shows");
        assertTrue(count.attr("data-some").contains("{n}"), count.attr("data-some"));
        assertEnglishFree(kpis.select("#kpi-filters label, #kpi-filters option:first-child, #kpi-filters button, #kpi-table thead th, #kpi-table caption"));
        assertEnglishFree(kpis.select("#kpi-table td:nth-child(5)"));
    }

    @Test
    void moduleFoursDecisionBlocksHaveAzerbaijaniCaptionsAndHeads() {
        Document m4 = page("module-4.html");
        for (String table : List.of("priorities", "costs", "action-plan", "action-status", "risk-register"))
            assertNotNull(m4.selectFirst("table." + table), "no table." + table + " on the az module 4");
        assertTrue(m4.selectFirst("table.costs caption").text().contains(AZ.format("roadmap.costCaption")));
        assertEnglishFree(m4.select("table.data > caption, table.data thead th, figure.chart figcaption, .heat th, .heat .heat-level"));
        assertEnglishFree(m4.select("section.initiative dl.facts dt, .block-title"));
        // the fixed values of the content model's lists: a body's kind, an artifact's kind
        assertEquals(AZ.format("body.kind.council"), m4.selectFirst("table.governance-bodies tbody td:nth-child(2)").text());
        assertEnglishFree(m4.select("table.governance-bodies tbody td:nth-child(2), table.artifacts tbody td:nth-child(2), .body-kind"));
        Document m1 = page("module-1.html");
        assertEnglishFree(m1.select("table.stakeholders tbody td:nth-child(3)"));
    }

    @Test
    void entityPagesNameTheirKindAndFactsInAzerbaijani() {
        Document ini = page("INI-BIZ-1.html");
        assertEquals(AZ.format("kind.initiatives"), ini.selectFirst("p.kind").text());
        assertEnglishFree(ini.select("dl.facts dt, p.backlinks > .label, h2"));
        Document gap = page("GAP-BIZ-1.html");
        assertEnglishFree(gap.select("dl.facts dt, dl.facts dd, p.backlinks > .label, h2"));
    }

    /** No element's own text (outside lang="en") is a message of the English bundle that differs in az. */
    private static void assertEnglishFree(List<Element> elements) {
        assertFalse(elements.isEmpty(), "nothing to check");
        Set<String> english = new TreeSet<>();
        for (String key : EN.keys())
            if (EN.arguments(key) == 0 && !EN.format(key).equals(AZ.format(key))) english.add(strip(EN.format(key)));
        List<String> found = new ArrayList<>();
        for (Element e : elements) {
            if (e.closest("[lang=en]") != null) continue;
            String text = strip(e.ownText());
            if (english.contains(text)) found.add(text);
        }
        assertEquals(List.of(), found, "English words in the az edition");
    }

    private static String strip(String s) {
        return s.strip().replaceAll("[:.]$", "");
    }

    private static Document page(String name) {
        return StrategyFixture.parse(SampleBuild.out().resolve("html/az").resolve(name));
    }
}
