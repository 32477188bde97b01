package org.strategypress.render.view;

import java.util.List;
import java.util.Map;

import org.strategypress.render.view.Views.*;

/** Everything one output (site or print) shows, as plain view data. */
public record DocumentView(MetaView meta, List<ModuleView> modules, List<PillarView> pillars,
                           List<StakeholderView> stakeholders, List<PriorityView> priorities,
                           List<NationalTargetView> nationalTargets, List<AssessmentView> assessments,
                           List<TrendView> trends, List<BenchmarkView> benchmarks, List<VisionView> visions,
                           List<GapView> gaps, List<ObjectiveView> objectives, List<InitiativeView> initiatives,
                           List<KpiView> kpis, List<PrincipleView> principles, List<ArtifactView> artifacts,
                           List<RiskView> risks, List<ChainView> chains, Map<String, Object> charts,
                           Map<String, Integer> counts) {

    /** The results chain of one gap: the initiatives addressing it, their KPIs, and what those serve. */
    public record ChainView(LinkView pillar, LinkView gap, List<ChainStep> initiatives) {
    }

    /** One initiative in a chain with the KPIs that measure it. */
    public record ChainStep(LinkView initiative, List<ChainKpi> kpis) {
    }

    /** One KPI in a chain with the national targets and priorities it serves. */
    public record ChainKpi(LinkView kpi, List<LinkView> targets, List<LinkView> priorities) {
    }
}
