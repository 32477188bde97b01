package org.strategypress.model;

import java.util.List;

/** Module 4: an implementation artifact (tool, template, playbook, guideline). */
public record Artifact(String id, String artifactKind, Text title, List<Ref> supports, SourcePosition at)
        implements Entity {
    public Artifact {
        supports = List.copyOf(supports);
    }
    public String kind() { return "artifacts"; }
}
