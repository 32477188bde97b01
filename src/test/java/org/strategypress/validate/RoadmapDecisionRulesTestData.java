package org.strategypress.validate;

import org.strategypress.testing.StrategyFixture;

/** The valid module-4 strategy of {@link RoadmapDecisionRulesTest}, for other packages' tests. */
public final class RoadmapDecisionRulesTestData {

    private RoadmapDecisionRulesTestData() {
    }

    /** Writes the strategy, stakeholders, initiatives and bodies of the roadmap test over the fixture's. */
    public static StrategyFixture write(StrategyFixture f) {
        return f.write("content/strategy.yaml", RoadmapDecisionRulesTest.STRATEGY)
                .write("content/stakeholders.yaml", RoadmapDecisionRulesTest.STAKEHOLDERS)
                .write("content/initiatives.yaml", RoadmapDecisionRulesTest.INITIATIVES)
                .write("content/bodies.yaml", RoadmapDecisionRulesTest.BODIES);
    }
}
