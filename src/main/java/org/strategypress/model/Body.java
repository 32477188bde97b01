package org.strategypress.model;

import java.util.List;

/** Module 4: a governance body (council, committee, office, working group), its chair, members and reporting line. */
public record Body(String id, Text title, @YamlName("kind") String bodyKind, Ref chair, List<Ref> members,
                   Ref secretariat, Ref reportsTo, Text meets, Text mandate, SourcePosition at) implements Entity {
    public Body {
        members = List.copyOf(members);
    }
}
