package org.strategypress.model;

import java.util.List;

/** Module 4: a risk to implementation and the initiatives that mitigate it. */
public record Risk(String id, Text title, String likelihood, String impact, List<Ref> mitigatedBy, SourcePosition at)
        implements Entity {
    public Risk {
        mitigatedBy = List.copyOf(mitigatedBy);
    }
}
