package org.strategypress.model;

import java.util.List;

/** Module 4: a risk to implementation, who owns it, its category, the response and the initiatives that mitigate it. */
public record Risk(String id, Text title, String likelihood, String impact, List<Ref> mitigatedBy, Ref owner,
                   String category, Text response, FieldPositions fieldAt, SourcePosition at) implements Entity {
    public Risk {
        mitigatedBy = List.copyOf(mitigatedBy);
    }
}
