package org.strategypress.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.validate.RoadmapDecisionRulesTestData;

/** data/initiatives.csv: one row per initiative with its scores, rank, yearly costs, funding by status and gap. */
class InitiativeCsvTest {

    @TempDir
    Path dir;

    @Test
    void eachInitiativeHasItsScoresCostsAndFunding() {
        StrategyFixture strategy = RoadmapDecisionRulesTestData.write(StrategyFixture.in(dir));
        String csv = InitiativeCsv.of(strategy.check(false).strategy());
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals("initiative_id,title,pillar,owner,priority,quick_win,start,end,score_impact,score_feasibility,"
                + "score_readiness,weighted_score,rank,cost_2026,cost_2027,cost_2028,cost_2029,cost_2030,cost_total,"
                + "funding_committed,funding_expected,funding_sought,funding_gap,currency,illustrative,milestones,"
                + "milestones_done,milestones_late", lines.get(0));
        assertEquals("INI-ACADEMY,National ICT academy,SKILLS,MDDT,high,true,2026,2027,5,4,4,4.40,1,2,3,,,,5,3,0,1,1,"
                + "USD million,true,2,1,0", lines.get(1));
        assertEquals(2, lines.size());
    }
}
