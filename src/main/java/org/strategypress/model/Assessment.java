package org.strategypress.model;

import java.math.BigDecimal;
import java.util.List;

/** Module 1: the as-is assessment of one pillar. */
public record Assessment(Ref pillar, BigDecimal maturity, Text maturityBasis, Text summary,
                         List<Text> strengths, List<Text> challenges, List<Text> opportunities,
                         @YamlName(in = "enabling_environment") Text institutional,
                         @YamlName(in = "enabling_environment") Text legal,
                         @YamlName(in = "enabling_environment") Text regulatory,
                         List<Ref> stakeholders, List<Text> assets, Text dataGovernance,
                         SourcePosition at) implements Entity {
    public Assessment {
        strengths = List.copyOf(strengths);
        challenges = List.copyOf(challenges);
        opportunities = List.copyOf(opportunities);
        stakeholders = List.copyOf(stakeholders);
        assets = List.copyOf(assets);
    }
    public String id() { return pillar.id(); }
    public Text title() { return Text.plain("Assessment of " + pillar.id(), at); }
}
