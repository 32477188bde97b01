package org.strategypress.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.strategypress.model.schema.Kind;
import org.strategypress.model.schema.Kinds;

/**
 * The whole loaded strategy: its metadata, its entities by kind (every kind of the registry, in registry order,
 * each list in file order), its modules. Entities whose required fields were missing are not here, but their ids
 * are in {@code declaredIds} (which holds every id written, duplicates too) so references to them do not also fail.
 * {@code front} holds the chapters of {@code front/} (unnumbered, before module 1), {@code annexes} those of
 * {@code annexes/} (lettered A, B, ... after the last module), each in file-name order.
 */
public record Strategy(StrategyMeta meta, Map<Kind<?>, List<Entity>> entities, List<Module> modules,
                       List<DeclaredId> declaredIds, Map<SourcePosition, Map<String, SourcePosition>> fieldPositions,
                       List<Chapter> front, List<Chapter> annexes) {

    public Strategy {
        Map<Kind<?>, List<Entity>> byKind = new LinkedHashMap<>();
        for (Kind<?> k : Kinds.ALL) {
            List<Entity> list = List.copyOf(entities.getOrDefault(k, List.of()));
            for (Entity e : list)
                if (!k.type().isInstance(e)) throw new IllegalArgumentException(e.id() + " is not of kind " + k.key());
            byKind.put(k, list);
        }
        entities = Collections.unmodifiableMap(byKind);
        modules = List.copyOf(modules);
        declaredIds = List.copyOf(declaredIds);
        fieldPositions = Map.copyOf(fieldPositions);
        front = List.copyOf(front);
        annexes = List.copyOf(annexes);
    }

    /** A strategy whose fields' positions were not kept (built by hand rather than loaded), without front matter or annexes. */
    public Strategy(StrategyMeta meta, Map<Kind<?>, List<Entity>> entities, List<Module> modules, List<DeclaredId> declaredIds) {
        this(meta, entities, modules, declaredIds, Map.of(), List.of(), List.of());
    }

    /** Every chapter in document order: front matter, the modules' chapters, the written annexes. */
    public Stream<Chapter> chapters() {
        return Stream.concat(Stream.concat(front.stream(), modules.stream().flatMap(m -> m.chapters().stream())),
                annexes.stream());
    }

    /**
     * Where the field {@code name} of an entity is written (its key), so that a rule about a field that is present,
     * even an empty list, points at it; the entity's own position when the field is absent.
     */
    public SourcePosition fieldAt(Entity e, String name) {
        Map<String, SourcePosition> fields = fieldPositions.get(e.at());
        SourcePosition at = fields == null ? null : fields.get(name);
        return at == null ? e.at() : at;
    }

    /** The entities of one kind, in file order. */
    @SuppressWarnings("unchecked")
    public <T extends Entity> List<T> all(Kind<T> kind) {
        return (List<T>) (List<?>) entities.get(kind);
    }

    /** Every entity that has an id of its own (not assessments and visions), in kind order. */
    public Stream<Entity> identified() {
        return entities.entrySet().stream().filter(e -> e.getKey().hasId()).flatMap(e -> e.getValue().stream());
    }

    /** The entity with this id, if it was loaded. */
    public Optional<Entity> find(String id) {
        return identified().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<Stakeholder> stakeholders() { return all(Kinds.STAKEHOLDERS); }
    public List<Pillar> pillars() { return all(Kinds.PILLARS); }
    public List<Priority> priorities() { return all(Kinds.PRIORITIES); }
    public List<NationalTarget> nationalTargets() { return all(Kinds.NATIONAL_TARGETS); }
    public List<Assessment> assessments() { return all(Kinds.ASSESSMENTS); }
    public List<Trend> trends() { return all(Kinds.TRENDS); }
    public List<Benchmark> benchmarks() { return all(Kinds.BENCHMARKS); }
    public List<Vision> visions() { return all(Kinds.VISIONS); }
    public List<Gap> gaps() { return all(Kinds.GAPS); }
    public List<Objective> objectives() { return all(Kinds.OBJECTIVES); }
    public List<Theme> themes() { return all(Kinds.THEMES); }
    public List<Initiative> initiatives() { return all(Kinds.INITIATIVES); }
    public List<Kpi> kpis() { return all(Kinds.KPIS); }
    public List<Principle> principles() { return all(Kinds.PRINCIPLES); }
    public List<Artifact> artifacts() { return all(Kinds.ARTIFACTS); }
    public List<Risk> risks() { return all(Kinds.RISKS); }
    public List<Body> bodies() { return all(Kinds.BODIES); }
    public List<Term> terms() { return all(Kinds.TERMS); }
    public List<Reference> references() { return all(Kinds.REFERENCES); }
}
