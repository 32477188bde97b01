package org.strategypress.markdown;

import java.util.List;
import java.util.Optional;

/**
 * The generated blocks a chapter can place with a directive line such as {@code {{kpi-table pillar=SKILLS}}},
 * and the blocks each module gets by default when none of its chapters places any.
 */
public final class BlockCatalog {

    /** One block: its directive name, the module it belongs to (0: any), the arguments it takes, and what it shows. */
    public record Block(String name, int module, List<String> args, String description) {
    }

    public static final List<Block> BLOCKS = List.of(
            new Block("maturity-table", 1, List.of(), "maturity score of every pillar"),
            new Block("maturity-chart", 1, List.of(), "bar chart of maturity by pillar"),
            new Block("assessments", 1, List.of("pillar"), "the as-is assessment of each pillar (or of one)"),
            new Block("trends", 2, List.of(), "global trends"),
            new Block("benchmarks", 2, List.of("pillar"), "each international example with its practices, lessons and metrics"),
            new Block("benchmark-table", 2, List.of(), "benchmark metrics beside the home country's values"),
            new Block("visions", 3, List.of("pillar"), "the to-be vision of each pillar"),
            new Block("gaps", 3, List.of("pillar"), "gap analysis: as-is against to-be, with severity"),
            new Block("objectives", 3, List.of("pillar"), "objectives and the national targets they serve"),
            new Block("results-chain", 3, List.of("pillar"), "gap -> initiatives -> KPIs -> national targets -> priorities"),
            new Block("logframe", 3, List.of("pillar"), "the logical framework of each objective: impact, outcome, outputs with indicators, baselines, targets, means of verification, assumptions, risks"),
            new Block("theory-of-change", 3, List.of("pillar"), "the theory of change of each objective: constraints, themes and initiatives, outputs, outcome, impact, with assumptions"),
            new Block("chain-diagram", 3, List.of("pillar"), "the results chain of each pillar as a diagram"),
            new Block("principles", 4, List.of(), "implementation principles"),
            new Block("initiatives", 4, List.of("pillar"), "initiatives by pillar with owner, partners, dates and milestones"),
            new Block("roadmap", 4, List.of("pillar"), "roadmap chart of initiatives over the horizon, with milestones"),
            new Block("kpi-table", 4, List.of("pillar"), "the KPI table: baseline, targets by year, owner, source"),
            new Block("kpi-sheets", 4, List.of("pillar"), "one indicator reference sheet per KPI: definition, formula, method, source, responsible, baseline, targets, actuals, status"),
            new Block("kpi-chart", 4, List.of("pillar"), "KPI baseline, targets and actuals (by the reporting date), per pillar"),
            new Block("traceability-matrix", 4, List.of(), "which KPIs measure which initiatives, and which targets they serve"),
            new Block("artifacts", 4, List.of(), "implementation artifacts"),
            new Block("risks", 4, List.of(), "risks and their mitigating initiatives"),
            new Block("governance", 4, List.of(), "who owns what: stakeholders and their roles"),
            new Block("priority-table", 4, List.of(), "initiatives ranked by weighted score, each criterion's score, stated priority, quick wins"),
            new Block("priority-matrix", 4, List.of(), "initiatives placed by their x and y axis scores, in labelled quadrants"),
            new Block("cost-table", 4, List.of(), "cost by pillar and year with totals, in the strategy's currency"),
            new Block("financing-chart", 4, List.of(), "funding per pillar stacked by status (committed, expected, sought), with the gap"),
            new Block("action-plan", 4, List.of(), "every milestone by year with initiative, owner and status as of as_of"),
            new Block("action-plan-status", 4, List.of(), "share of milestones done, on track, at risk, late, per pillar and overall; what is late"),
            new Block("risk-heatmap", 4, List.of(), "risks on a likelihood x impact grid"),
            new Block("risk-register", 4, List.of(), "risks with owner, category, response and mitigating initiatives"),
            new Block("governance-chart", 4, List.of(), "governance bodies and their reporting lines, chairs and secretariats"),
            new Block("raci-matrix", 4, List.of("pillar"), "initiatives x stakeholders: accountable, responsible, consulted, informed"),
            new Block("stakeholders", 0, List.of(), "all stakeholders"),
            new Block("national-targets", 0, List.of(), "national targets by priority"),
            new Block("key-figures", 0, List.of(), "the numbers an executive summary quotes, computed from the data "
                    + "(one of them inline: {{figure NAME}})"));

    /** What a module shows when none of its chapters places a block. */
    public static List<String> defaults(int module) {
        return switch (module) {
            case 1 -> List.of("maturity-table", "maturity-chart", "assessments");
            case 2 -> List.of("trends", "benchmarks", "benchmark-table");
            case 3 -> List.of("visions", "gaps", "objectives", "national-targets", "results-chain", "chain-diagram");
            case 4 -> List.of("principles", "initiatives", "roadmap", "kpi-table", "kpi-chart", "traceability-matrix",
                    "artifacts", "risks", "governance");
            default -> List.of();
        };
    }

    private BlockCatalog() {
    }

    public static Optional<Block> find(String name) {
        return BLOCKS.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return BLOCKS.stream().map(Block::name).toList();
    }
}
