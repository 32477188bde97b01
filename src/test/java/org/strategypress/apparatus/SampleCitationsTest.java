package org.strategypress.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.strategypress.testing.SampleBuild;
import org.strategypress.testing.StrategyFixture;

/** In the sample's PDF every reference cited is first seen in the body in number order, with no number missing. */
class SampleCitationsTest {

    @Test
    void theSampleCitesOneToNInOrderAndEveryBackLinkResolves() throws Exception {
        Document print = StrategyFixture.parse(SampleBuild.sourcePrintHtml());
        List<Integer> firstSeen = new ArrayList<>();
        for (Element a : print.select("section.module:not(#references) a.cite")) {
            int n = Integer.parseInt(a.text().replaceAll("[\\[\\]]", ""));
            if (!firstSeen.contains(n)) firstSeen.add(n);
        }
        int cited = print.select("#references .reference:not(.uncited)").size();
        assertEquals(IntStream.rangeClosed(1, cited).boxed().toList(), firstSeen);
        // a back link whose target is missing would have been turned into a span.unlinked by the finisher
        assertEquals(List.of(), print.select("#references p.cited-at .unlinked").eachText());
        for (Element a : print.select("#references p.cited-at a"))
            assertNotNull(print.getElementById(a.attr("href").substring(1)), a.attr("href"));
    }
}
