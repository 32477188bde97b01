package org.strategypress.model;

import java.util.List;

/** Module 4: a prioritised initiative of the roadmap, optionally under a theme of action. */
public record Initiative(String id, Text title, Ref pillar, List<Ref> addresses, Ref owner, List<Ref> partners,
                         List<Ref> objectives, String horizon, When start, When end, String priority,
                         List<Milestone> milestones, Text description, Ref theme, SourcePosition at) implements Entity {
    public Initiative {
        addresses = List.copyOf(addresses);
        partners = List.copyOf(partners);
        objectives = List.copyOf(objectives);
        milestones = List.copyOf(milestones);
    }

    /** A dated step of an initiative. */
    public record Milestone(String id, Text title, When due, SourcePosition at) {
    }
}
