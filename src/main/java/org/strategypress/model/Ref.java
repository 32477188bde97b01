package org.strategypress.model;

/** A reference to another entity by id, where it was written. */
public record Ref(String id, SourcePosition at) {
    @Override
    public String toString() {
        return id;
    }
}
