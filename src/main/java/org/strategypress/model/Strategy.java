package org.strategypress.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The whole loaded strategy. Lists keep file order. Entities whose required fields were missing are not
 * here, but their ids are in {@code declaredIds} (which holds every id written, duplicates too) so references to them do not also fail.
 */
public record Strategy(StrategyMeta meta, List<Stakeholder> stakeholders, List<Pillar> pillars,
                       List<Priority> priorities, List<NationalTarget> nationalTargets,
                       List<Assessment> assessments, List<Trend> trends, List<Benchmark> benchmarks,
                       List<Vision> visions, List<Gap> gaps, List<Objective> objectives,
                       List<Initiative> initiatives, List<Kpi> kpis, List<Principle> principles,
                       List<Artifact> artifacts, List<Risk> risks, List<Module> modules,
                       List<DeclaredId> declaredIds) {

    public Strategy {
        stakeholders = List.copyOf(stakeholders);
        pillars = List.copyOf(pillars);
        priorities = List.copyOf(priorities);
        nationalTargets = List.copyOf(nationalTargets);
        assessments = List.copyOf(assessments);
        trends = List.copyOf(trends);
        benchmarks = List.copyOf(benchmarks);
        visions = List.copyOf(visions);
        gaps = List.copyOf(gaps);
        objectives = List.copyOf(objectives);
        initiatives = List.copyOf(initiatives);
        kpis = List.copyOf(kpis);
        principles = List.copyOf(principles);
        artifacts = List.copyOf(artifacts);
        risks = List.copyOf(risks);
        modules = List.copyOf(modules);
        declaredIds = List.copyOf(declaredIds);
    }

    /** Every entity that has an id of its own (not assessments and visions), in kind order. */
    public Stream<Entity> identified() {
        return Stream.of(stakeholders, pillars, priorities, nationalTargets, trends, benchmarks, gaps,
                        objectives, initiatives, kpis, principles, artifacts, risks)
                .flatMap(l -> l.stream().map(Entity.class::cast));
    }

    /** The entity with this id, if it was loaded. */
    public Optional<Entity> find(String id) {
        return identified().filter(e -> e.id().equals(id)).findFirst();
    }
}
