package org.strategypress.model;

import java.util.List;

/** Module 4: an implementation artifact (tool, template, playbook, guideline). */
public record Artifact(String id, @YamlName("kind") String artifactKind, Text title, List<Ref> supports, SourcePosition at)
        implements Entity {
    public Artifact {
        supports = List.copyOf(supports);
    }
}
