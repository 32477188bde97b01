package org.strategypress.model.schema;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.strategypress.model.Entity;

/**
 * One entity kind, declared once: its YAML key (the kind's one spelling, in YAML, CSS classes, file names and
 * JSON), how readers name one and many, the slug of its URLs, the record it loads into, the module it belongs to
 * (0: reference tables), whether its entities have ids of their own, its fields, and where it appears.
 */
public record Kind<T extends Entity>(String key, String singular, String plural, String slug, Class<T> type,
                                     int module, boolean hasId, String doc, Set<Use> uses, List<FieldSpec> fields) {

    /** Where entities of a kind appear besides the document's blocks. */
    public enum Use {
        /** A page of its own on the site for each entity. */
        PAGE,
        /** A count on the site's dashboard. */
        DASHBOARD,
        /** Entries in the site's search index. */
        SEARCH,
        /** In {@code data/strategy.json}. */
        EXPORT,
        /** Compared by {@code press diff} and the changes annex. */
        DIFF
    }

    /** Every use: a kind with ids is shown, counted, found, exported and compared. */
    public static final Set<Use> EVERYWHERE = Set.copyOf(EnumSet.allOf(Use.class));
    /** A kind without ids of its own (keyed by its pillar): no page, no search entry, not counted. */
    public static final Set<Use> DATA_ONLY = Set.of(Use.EXPORT, Use.DIFF);

    public Kind {
        fields = List.copyOf(fields);
        uses = Set.copyOf(uses);
    }

    /** The field with this name, or null. */
    public FieldSpec field(String n) {
        return fields.stream().filter(f -> f.name().equals(n)).findFirst().orElse(null);
    }

    public List<String> fieldNames() {
        return fields.stream().map(FieldSpec::name).toList();
    }

    /**
     * The key's hash: kinds key the loader's tables, and the record's own hash walks every field spec of the kind
     * on each lookup. Kinds that are equal have the same key, so this agrees with {@code equals}.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }

    /** The record's equality, written out (see {@link org.strategypress.model.SourcePosition#equals}). */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Kind<?> k && Objects.equals(key, k.key) && Objects.equals(singular, k.singular)
                && Objects.equals(plural, k.plural) && Objects.equals(slug, k.slug) && Objects.equals(type, k.type)
                && module == k.module && hasId == k.hasId && Objects.equals(doc, k.doc) && uses.equals(k.uses)
                && fields.equals(k.fields);
    }

    /** True when the kind appears in this use. */
    public boolean in(Use use) {
        return uses.contains(use);
    }
}
