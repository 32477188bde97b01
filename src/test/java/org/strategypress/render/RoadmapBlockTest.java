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

/**
 * Module 4 blocks: principles, initiatives, roadmap, kpi-table, kpi-chart, traceability-matrix, artifacts,
 * risks, governance, and the stakeholders block any module may place.
 */
class RoadmapBlockTest {

    @TempDir
    static Path dir;
    static StrategyFixture strategy;
    static Document site;
    static Document print;

    @BeforeAll
    static void build() {
        strategy = StrategyFixture.in(dir)
                .write("content/stakeholders.yaml", """
                        stakeholders:
                          - id: MDDT
                            name: Ministry of Digital Development and Transport
                            short: MDDT
                            type: ministry
                            role: Leads the strategy
                          - id: ICTA
                            name: Information and Communication Technologies Agency
                            type: agency
                        """)
                .write("content/initiatives.yaml", """
                        initiatives:
                          - id: INI-ACADEMY
                            title: National ICT academy
                            pillar: SKILLS
                            addresses: [GAP-SKILLS]
                            owner: MDDT
                            partners: [ICTA]
                            horizon: medium
                            priority: high
                            start: "2026-03"
                            end: 2029
                            description: Trains **5,000** specialists a year.
                            milestones:
                              - id: MS-ACADEMY-OPEN
                                title: Academy opens
                                due: "2027-09"
                              - id: MS-ACADEMY-FIRST
                                title: First graduates
                                due: 2029
                        """)
                .write("content/kpis.yaml", StrategyFixture.KPIS + """
                            source: Ministry of Education
                            frequency: annual
                            illustrative: true
                        """)
                .write("content/connect.yaml", StrategyFixture.CONNECTIVITY)
                .write("content/implementation.yaml", """
                        principles:
                          - id: PR-OPEN
                            title: Open by default
                            text: Publish data *openly*.
                        artifacts:
                          - id: ART-PLAYBOOK
                            kind: playbook
                            title: Academy playbook
                            supports: [INI-ACADEMY]
                        risks:
                          - id: RISK-TALENT
                            title: Graduates emigrate
                            likelihood: medium
                            impact: high
                            mitigated_by: [INI-ACADEMY]
                        """)
                .write("content/modules/4-roadmap/01-roadmap.md", """
                        # Implementation roadmap

                        {{principles}}

                        {{initiatives}}

                        {{roadmap}}

                        {{kpi-table}}

                        {{kpi-chart}}

                        {{traceability-matrix}}

                        {{artifacts}}

                        {{risks}}

                        {{governance}}

                        {{stakeholders}}
                        """);
        strategy.build();
        site = strategy.page("module-4.html");
        print = strategy.print();
    }

    @Test
    void principlesShowTitleAndText() {
        for (Document d : List.of(site, print)) {
            Element p = d.selectFirst("section.principle#PR-OPEN");
            assertNotNull(p);
            assertTrue(p.selectFirst("h1, h2, h3, h4").text().endsWith("Open by default"));
            assertEquals("Publish data openly.", p.selectFirst(".prose").text());
        }
    }

    @Test
    void initiativesShowOwnerPartnersPeriodMilestonesAndMeasuredBy() {
        for (Document d : List.of(site, print)) {
            Element i = d.selectFirst("section.initiative#INI-ACADEMY");
            assertNotNull(i);
            assertTrue(i.closest("section.pillar-initiatives").selectFirst("h1, h2, h3, h4").text().endsWith("Digital skills"));
            assertTrue(i.selectFirst("h1, h2, h3, h4, h5").text().endsWith("INI-ACADEMY National ICT academy"));
            assertEquals("MDDT Ministry of Digital Development and Transport", fact(i, "Owner"));
            assertEquals("ICTA Information and Communication Technologies Agency", fact(i, "Partners"));
            assertEquals("2026-03 to 2029 (medium term), high priority", fact(i, "Period"));
            assertEquals("GAP-SKILLS Too few ICT specialists", fact(i, "Addresses"));
            assertEquals("KPI-GRADUATES ICT graduates per year", fact(i, "Measured by"));
            assertEquals("ART-PLAYBOOK Academy playbook", fact(i, "Artifacts"));
            assertEquals("RISK-TALENT Graduates emigrate", fact(i, "Mitigates"));
            assertEquals("Trains 5,000 specialists a year.", i.selectFirst(".prose").text());
            Elements ms = i.select("ul.milestones li");
            assertEquals(List.of("MS-ACADEMY-OPEN", "MS-ACADEMY-FIRST"), ms.eachAttr("id"));
            assertEquals("2027-09 MS-ACADEMY-OPEN Academy opens", ms.get(0).text());
        }
        assertEquals("MDDT.html", site.selectFirst("section.initiative#INI-ACADEMY dl.facts dd a.ref").attr("href"));
    }

    @Test
    void roadmapHasABarPerInitiativeWithItsMilestones() {
        for (Document d : List.of(site, print)) {
            Element fig = d.selectFirst("figure.chart.gantt");
            assertNotNull(fig);
            assertEquals(List.of("2026", "2027", "2028", "2029", "2030"), fig.select(".chart-axis:not(.axis-repeat) .year").eachText());
            Elements rows = fig.select(".chart-row:not(.chart-axis)");
            assertEquals(2, rows.size(), "a bar per initiative");
            // pillars in the order the writer's files give them: connect.yaml comes before pillars.yaml
            assertEquals(List.of("Connectivity", "Digital skills"), fig.select(".chart-group").eachText());
            Element academy = rows.get(1);
            assertEquals("INI-ACADEMY National ICT academy", academy.selectFirst(".chart-label").text());
            assertEquals("2026-03–2029", academy.selectFirst(".chart-value").text());
            Element svg = academy.selectFirst("svg");
            assertEquals("INI-ACADEMY runs 2026-03 to 2029; milestone MS-ACADEMY-OPEN due 2027-09; milestone MS-ACADEMY-FIRST due 2029",
                    svg.attr("aria-label"));
            assertEquals(1, svg.select("rect").size(), "one bar");
            assertEquals(2, svg.select("polygon").size(), "a diamond per milestone");
            assertEquals(0, rows.get(0).select("svg polygon").size());
            assertTrue(fig.selectFirst("figcaption").text().contains("2026–2030"));
            assertEquals(List.of("Initiative, start to end", "Milestone"), fig.select(".chart-legend .legend-entry").eachText(),
                    "two series (spans and milestones): a legend");
            // pillars keep their colour class by position in the document: connect.yaml's pillar comes first
            assertEquals(List.of("pillar-1", "pillar-2"), fig.select(".chart-group-block").stream()
                    .map(g -> g.classNames().stream().filter(c -> c.startsWith("pillar-")).findFirst().orElse("")).toList());
        }
    }

    @Test
    void roadmapYearAxisLabelsEveryYearOnceInItsOwnColumn() {
        for (Document d : List.of(site, print)) {
            Element fig = d.selectFirst("figure.chart.gantt");
            Elements axes = fig.select(".chart-axis:not(.axis-repeat)");
            assertEquals(1, axes.size(), "one year axis at the head");
            Elements years = axes.get(0).select(".axis-x .year");
            List<String> labels = years.eachText();
            assertEquals(List.of("2026", "2027", "2028", "2029", "2030"), labels);
            assertEquals(labels.size(), labels.stream().distinct().count(), "no year labelled twice");
            for (Element year : years) assertEquals(1, year.text().split("\\s+").length, "one year per cell: " + year.outerHtml());
            // each label sits in its own fifth of the axis, first to last, as the bars' geometry does
            assertEquals(List.of("left:0%;width:20%", "left:20%;width:20%", "left:40%;width:20%",
                    "left:60%;width:20%", "left:80%;width:20%"), years.eachAttr("style"));
            // the axis travels with the first group of rows, so it can never be left alone at a page foot
            assertNotNull(axes.get(0).closest(".chart-group-block"));
            assertEquals(fig.selectFirst(".chart-group-block"), axes.get(0).closest(".chart-group-block"));
            // a later group repeats it under its title, for a PDF page that starts with that group (the site hides it)
            Element second = fig.select(".chart-group-block").get(1);
            assertEquals(labels, second.select(".chart-axis.axis-repeat .year").eachText());
            assertEquals("Digital skills", second.selectFirst(".chart-group + .chart-axis.axis-repeat").previousElementSibling().text());
        }
    }

    @Test
    void kpiTableHasBaselineAColumnPerHorizonYearOwnerAndTheIllustrativeMark() {
        for (Document d : List.of(site, print)) {
            Element table = d.selectFirst("table.data.kpis");
            assertEquals(List.of("KPI", "Unit", "Baseline", "2026", "2027", "2028", "2029", "2030", "Owner", "Serves", "Source, frequency"),
                    table.select("thead th").eachText());
            assertEquals(2, table.select("tbody tr").size());
            Element row = table.selectFirst("tr#KPI-GRADUATES");
            // an illustrative KPI marks each of its values (issue 21: per value, not per row) and its title
            assertEquals(List.of("KPI-GRADUATES ICT graduates per year illustrative", "graduates", "1,200i (2024)",
                    "", "", "2,000i", "", "3,000i", "MDDT", "NT-ICT", "Ministry of Education; annual"), texts(row.select("> td")));
            assertEquals(3, row.select(".value-illustrative .mark-i").size());
            assertNotNull(row.selectFirst(".mark-illustrative"));
            assertTrue(row.hasClass("illustrative-row"));
            Element fibre = table.selectFirst("tr#KPI-FIBRE");
            assertEquals(List.of("", "", "", "", "90"), texts(fibre.select("> td")).subList(3, 8));
            assertEquals(0, fibre.select(".mark-illustrative").size(), "a sourced KPI is not marked");
        }
    }

    @Test
    void kpiChartHasAFigurePerPillarWithValuesAsText() {
        for (Document d : List.of(site, print)) {
            Elements figs = d.select("figure.chart.kpi-chart");
            assertEquals(2, figs.size(), "one figure per pillar with KPIs");
            Element skills = d.selectFirst("figure.kpi-chart#fig-kpi-SKILLS");
            assertTrue(skills.selectFirst("figcaption").text().contains("Digital skills"));
            Element row = skills.selectFirst(".chart-row:not(.chart-axis)");
            assertEquals("KPI-GRADUATES ICT graduates per year illustrative", row.selectFirst(".chart-label").text());
            // an illustrative KPI's values each carry the superscript i, as in the KPI table
            assertEquals("1,200i (2024) › 2,000i (2028) › 3,000i (2030) graduates", row.selectFirst(".chart-value").text());
            assertEquals("KPI-GRADUATES planned from 1,200 (2024) to 2,000 (2028) to 3,000 (2030) graduates", row.selectFirst("svg").attr("aria-label"));
            assertEquals(2, row.select("svg circle.marker.target").size(), "a dot per target");
            assertEquals(1, row.select("svg rect.marker.baseline").size(), "a square for the baseline");
            assertTrue(skills.hasClass("pillar-2"), "SKILLS is the document's second pillar: " + skills.className());
        }
    }

    @Test
    void kpiChartHasAValueScaleWithNiceTicksAYearAxisAndALegend() {
        for (Document d : List.of(site, print)) {
            Element skills = d.selectFirst("figure.kpi-chart#fig-kpi-SKILLS");
            Element row = skills.selectFirst(".chart-row:not(.chart-axis)");
            // 1200 to 3000: ticks at round thousands covering the values, lowest at the bottom
            Elements ticks = row.select(".axis-y .tick");
            assertEquals(List.of("1,000", "2,000", "3,000"), ticks.eachText(), "ticks as the en edition writes numbers");
            assertEquals(List.of("top:87.5%", "top:50%", "top:12.5%"), ticks.eachAttr("style"));
            assertEquals(3, row.select("svg line.grid").size(), "a grid line per tick");
            // one year axis for the figure, from the earliest baseline to the horizon's end, each year once
            Elements axes = skills.select(".chart-axis");
            assertEquals(1, axes.size());
            assertEquals(List.of("2024", "2025", "2026", "2027", "2028", "2029", "2030"), axes.get(0).select(".year").eachText());
            // baseline and targets are two series: a legend names them
            assertEquals(List.of("Baseline", "Target"), skills.select(".chart-legend .legend-entry").eachText());
            for (Element svg : skills.select(".chart-legend svg")) assertTrue(svg.hasAttr("aria-label"), svg.outerHtml());
            // a KPI with a single target still gets a scale that covers its values: 10 to 90 in steps of 50
            Element fibre = d.selectFirst("figure.kpi-chart#fig-kpi-CONNECT .chart-row:not(.chart-axis)");
            assertEquals(List.of("0", "50", "100"), fibre.select(".axis-y .tick").eachText());
        }
    }

    @Test
    void traceabilityMatrixLinksKpiToInitiativesGapsAndTargets() {
        for (Document d : List.of(site, print)) {
            Elements rows = d.select("table.data.trace tbody tr");
            assertEquals(2, rows.size());
            assertEquals(List.of(List.of("KPI-FIBRE", "INI-FIBRE", "GAP-FIBRE", "NT-ICT"),
                    List.of("KPI-GRADUATES", "INI-ACADEMY", "GAP-SKILLS", "NT-ICT")),
                    rows.stream().map(r -> r.select("td").eachText()).toList());
        }
        assertEquals(List.of("KPI-GRADUATES.html", "INI-ACADEMY.html", "GAP-SKILLS.html", "NT-ICT.html"),
                site.select("table.trace tbody tr:eq(1) a.ref").eachAttr("href"));
    }

    @Test
    void artifactsShowKindAndTheInitiativesSupported() {
        for (Document d : List.of(site, print))
            assertEquals(List.of("ART-PLAYBOOK Academy playbook", "playbook", "INI-ACADEMY"),
                    d.select("table.data.artifacts tr#ART-PLAYBOOK > td").eachText());
    }

    @Test
    void risksShowLikelihoodImpactAndMitigatingInitiatives() {
        for (Document d : List.of(site, print))
            assertEquals(List.of("RISK-TALENT Graduates emigrate", "medium", "high", "INI-ACADEMY"),
                    d.select("table.data.risks tr#RISK-TALENT > td").eachText());
    }

    @Test
    void governanceShowsWhoOwnsInitiativesAndReportsKpis() {
        for (Document d : List.of(site, print)) {
            Elements rows = d.select("table.data.governance tbody tr");
            assertEquals(1, rows.size(), "only stakeholders with a role or something to own");
            assertEquals(List.of("Ministry of Digital Development and Transport (MDDT)", "Leads the strategy",
                    "INI-FIBRE, INI-ACADEMY", "KPI-FIBRE, KPI-GRADUATES"), rows.get(0).select("td").eachText());
        }
    }

    @Test
    void stakeholdersListsEveryStakeholder() {
        for (Document d : List.of(site, print)) {
            Elements rows = d.select("table.data.stakeholders tbody tr");
            assertEquals(2, rows.size());
            assertEquals(List.of("Ministry of Digital Development and Transport", "MDDT", "ministry", "Leads the strategy"),
                    rows.get(0).select("td").eachText());
            assertEquals(List.of("Information and Communication Technologies Agency", "", "agency", ""),
                    texts(rows.get(1).select("td")));
        }
    }

    /** The text of each element, empty ones included (jsoup's eachText leaves them out). */
    static List<String> texts(Elements es) {
        return es.stream().map(Element::text).toList();
    }

    private static String fact(Element initiative, String label) {
        for (Element dt : initiative.select("dl.facts > dt"))
            if (dt.text().equals(label)) return dt.nextElementSibling().text();
        throw new AssertionError("no " + label + " in " + initiative.outerHtml());
    }
}
