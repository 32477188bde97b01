package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;

/** Module 1 blocks: maturity-table, maturity-chart and assessments, in the site and in the print HTML. */
class AsIsAssessmentBlockTest {

    @TempDir
    static Path dir;
    static StrategyFixture strategy;
    static Document site;
    static Document print;

    @BeforeAll
    static void build() {
        strategy = StrategyFixture.in(dir)
                .write("content/stakeholders.yaml", StrategyFixture.STAKEHOLDERS + """
                          - id: ICTA
                            name: Information and Communication Technologies Agency
                            short: ICTA
                            type: agency
                        """)
                .write("content/pillars.yaml", """
                        pillars:
                          - id: SKILLS
                            title: Digital skills
                          - id: CONNECT
                            title: Connectivity
                        assessments:
                          - pillar: SKILLS
                            maturity: 2.5
                            maturity_basis: ITU skills survey
                            summary: Basic digital skills are common; advanced skills are scarce.
                            strengths: [High literacy]
                            challenges: [Few ICT graduates]
                            opportunities: [Online courses]
                            enabling_environment:
                              institutional: A skills council exists.
                              legal: The education law covers *digital* curricula.
                              regulatory: No licensing of trainers.
                            data_governance: Skills data are held by [[ICTA]].
                            stakeholders: [MDDT, ICTA]
                          - pillar: CONNECT
                            maturity: 3.80
                            summary: Fibre reaches the cities.
                        visions:
                          - pillar: SKILLS
                            statement: Every worker can use digital tools at work.
                          - pillar: CONNECT
                            statement: Gigabit for all.
                        gaps:
                          - id: GAP-SKILLS
                            pillar: SKILLS
                            title: Too few ICT specialists
                            as_is: Few graduates in ICT.
                            to_be: A steady supply of ICT graduates.
                          - id: GAP-FIBRE
                            pillar: CONNECT
                            title: Rural fibre
                            as_is: Villages on copper.
                            to_be: Villages on fibre.
                        """)
                .write("content/connect.yaml", """
                        initiatives:
                          - id: INI-FIBRE
                            title: Rural fibre programme
                            pillar: CONNECT
                            addresses: [GAP-FIBRE]
                            owner: MDDT
                            start: 2026
                            end: 2030
                        kpis:
                          - id: KPI-FIBRE
                            title: Villages on fibre
                            measures: [INI-FIBRE]
                            contributes_to: [NT-ICT]
                            unit: "%"
                            direction: increase
                            baseline: {value: 10, year: 2025}
                            targets: [{year: 2030, value: 90}]
                            owner: MDDT
                        """)
                .write("content/modules/1-intro/01-introduction.md", """
                        # As-is assessment

                        {{maturity-table}}

                        {{maturity-chart}}

                        {{assessments}}
                        """);
        strategy.build();
        site = strategy.page("module-1.html");
        print = strategy.print();
    }

    @Test
    void maturityTableHasARowPerPillarWithItsScore() {
        for (Document d : List.of(site, print)) {
            Elements rows = d.select("table.maturity tbody tr");
            assertEquals(2, rows.size(), rows.outerHtml());
            assertEquals("Digital skills", rows.get(0).selectFirst("a.ref").ownText().strip());
            assertEquals("2.5", rows.get(0).select("td.num").text());
            assertEquals("ITU skills survey", rows.get(0).select("td").get(2).text());
            assertEquals("Connectivity", rows.get(1).selectFirst("a.ref").ownText().strip());
            assertEquals("3.80", rows.get(1).select("td.num").text(), "the score keeps the digits written");
        }
        assertEquals("SKILLS.html", site.selectFirst("table.maturity tbody tr a.ref").attr("href"));
        assertEquals("#SKILLS", print.selectFirst("table.maturity tbody tr a.ref").attr("href"));
    }

    @Test
    void maturityChartIsAFigureWithAnInlineSvgAndThePillarTitleAsText() {
        for (Document d : List.of(site, print)) {
            Element fig = d.selectFirst("figure.chart.bar-chart");
            assertNotNull(fig, "no maturity chart");
            Elements svgs = fig.select("svg");
            assertEquals(2, svgs.size());
            assertEquals("Maturity of Digital skills: 2.5 of 5", svgs.get(0).attr("aria-label"));
            assertEquals("img", svgs.get(0).attr("role"));
            assertEquals(List.of("Digital skills", "Connectivity"), fig.select(".chart-label").eachText());
            assertEquals(List.of("2.5", "3.80"), fig.select(".chart-value").eachText());
            assertTrue(fig.selectFirst("figcaption").text().contains("Digital maturity by pillar"), fig.outerHtml());
            assertEquals(List.of("0", "1", "2", "3", "4", "5"), fig.select(".chart-axis .axis-x .tick").eachText(), "a labelled scale");
            // a colour class per pillar by its position in the document, the same as in every other chart
            assertEquals(List.of("pillar-1", "pillar-2"), fig.select(".chart-row:not(.chart-axis)").stream()
                    .map(r -> r.classNames().stream().filter(c -> c.startsWith("pillar-")).findFirst().orElse("")).toList());
            assertEquals(0, fig.select(".chart-legend").size(), "one series: no legend");
            assertEquals(0, fig.select("svg [fill], svg [stroke]").size(), "colours come from the CSS, not the markup");
        }
    }

    @Test
    void assessmentsShowStrengthsChallengesEnvironmentDataGovernanceAndStakeholders() {
        for (Document d : List.of(site, print)) {
            Element a = d.selectFirst("section.assessment#SKILLS");
            assertNotNull(a, "no assessment section with the pillar's id");
            assertTrue(a.selectFirst("h1, h2, h3, h4").text().endsWith("Digital skills"), a.outerHtml());
            assertEquals("2.5", a.selectFirst(".maturity-line strong").text());
            assertEquals("Basic digital skills are common; advanced skills are scarce.", a.selectFirst(".prose").text());
            assertEquals(List.of("High literacy"), listAfter(a, "Strengths"));
            assertEquals(List.of("Few ICT graduates"), listAfter(a, "Challenges"));
            assertEquals(List.of("Online courses"), listAfter(a, "Opportunities"));
            Element env = a.selectFirst("dl.environment");
            assertEquals(List.of("Institutional", "Legal", "Regulatory"), env.select("dt").eachText());
            assertEquals("The education law covers digital curricula.", env.select("dd").get(1).text());
            assertNotNull(env.selectFirst("dd em"), "prose fields are Markdown");
            assertTrue(a.select("h1, h2, h3, h4, h5").eachText().stream().anyMatch(t -> t.endsWith("Data governance")));
            assertEquals("Skills data are held by ICTA Information and Communication Technologies Agency.",
                    a.select(".prose").last().text());
            Element consulted = a.selectFirst("p.backlinks");
            assertEquals("Stakeholders consulted: MDDT Ministry of Digital Development and Transport, "
                    + "ICTA Information and Communication Technologies Agency", consulted.text());
        }
        // the site has a page per stakeholder; the print document has no stakeholder block here, so no anchor to link
        assertEquals("ICTA.html", site.selectFirst("section.assessment#SKILLS .prose a.ref[href*=ICTA]").attr("href"));
        assertEquals(List.of("MDDT.html", "ICTA.html"), site.select("section.assessment#SKILLS p.backlinks a.ref").eachAttr("href"));
        Element connect = site.selectFirst("section.assessment#CONNECT");
        assertNotNull(connect);
        assertTrue(connect.select("dl.environment, p.list-label").isEmpty(), "no empty sections for absent fields");
    }

    private static List<String> listAfter(Element section, String label) {
        for (Element p : section.select("p.list-label"))
            if (p.text().equals(label)) return p.nextElementSibling().select("li").eachText();
        throw new AssertionError("no list " + label + " in " + section.outerHtml());
    }
}
