package org.strategypress.render.view;

import java.util.List;
import java.util.Map;

import org.strategypress.render.view.Views.LinkView;

/**
 * The view data of module 4's decision blocks: the ranked priorities and the matrix, the costs and their financing,
 * the action plan and its status as of {@code as_of}, the risk register and heat map, the governance bodies and the
 * RACI matrix. Every number is already computed and formatted as the edition writes numbers ({@link ShownNumbers}), except
 * those named as plain (for sorting and geometry); templates only lay it out.
 */
public final class RoadmapViews {

    private RoadmapViews() {
    }

    /** Everything the module-4 decision blocks show. */
    public record RoadmapView(String currency, String asOf, List<CriterionView> criteria, String scaleFrom, String scaleTo,
                              List<PriorityRow> ranked, MatrixView matrix, CostTable cost, List<FinancingRow> financing,
                              FinancingRow financingTotal, List<ActionYear> actionPlan,
                              List<ActionQuarter> actionPlanByQuarter, List<StatusRow> status,
                              StatusRow statusOverall, List<ActionItem> late, List<RiskRow> risks, List<HeatRow> heat,
                              List<BodyNode> bodies, List<RaciTable> raci, Map<String, InitiativeFacts> byInitiative) {
    }

    /**
     * One initiative's decision facts for its entry in the initiatives block: all text as the edition writes
     * numbers, "" when not given; {@code weightedValue} and {@code totalCost} (the sum of its cost lines) are plain
     * numbers for sums and sorting, {@code costIllustrative} whether one of its cost lines is illustrative (by its
     * own flag or the initiative's).
     */
    public record InitiativeFacts(String scores, String weighted, String weightedValue, String rank, boolean quickWin,
                                  String cost, List<FundingLine> funding, boolean illustrative, String totalCost,
                                  boolean costIllustrative) {
        public InitiativeFacts {
            funding = List.copyOf(funding);
        }
    }

    /** One funding line of an initiative: who funds it, the amount as the edition writes it, its status word. */
    public record FundingLine(String source, String amount, String status) {
    }

    public record CriterionView(String id, String title, String weight, String axis) {
    }

    /** One initiative in the ranked table; {@code quadrant} is the name of its quadrant in the matrix. */
    public record PriorityRow(int rank, LinkView initiative, List<String> scores, String weighted, String stated,
                              String band, boolean quickWin, String quadrant, String x, String y) {
    }

    /**
     * The priority matrix: rows from the highest y band down, columns from the lowest x band up; {@code quadrants}
     * names each quadrant by its key (tr, tl, br, bl).
     */
    public record MatrixView(String xTitle, String yTitle, List<String> xBands, List<MatrixRow> rows,
                             Map<String, String> quadrants) {
    }

    public record MatrixRow(String band, List<MatrixCell> cells) {
    }

    /** One cell: its quadrant's key, the quadrant's name when this is the quadrant's outer corner, its initiatives. */
    public record MatrixCell(String quadrant, String label, List<MatrixPoint> points) {
    }

    public record MatrixPoint(LinkView initiative, String x, String y, boolean quickWin) {
    }

    /** Costs by pillar and year, with totals. */
    public record CostTable(List<Integer> years, List<CostRow> rows, CostRow total, boolean illustrative) {
    }

    public record CostRow(LinkView pillar, List<String> byYear, String total, boolean illustrative) {
    }

    /** Money of one pillar (or all) by funding status, and what is not funded at all. */
    public record FinancingRow(LinkView pillar, String cost, String committed, String expected, String sought,
                               String gap, double costValue, double committedValue, double expectedValue,
                               double soughtValue, double gapValue, boolean illustrative) {
    }

    public record ActionYear(int year, List<ActionItem> items) {
    }

    /** The milestones due in one quarter (1 to 4) of a year, or, as quarter 5, in the year without a month. */
    public record ActionQuarter(int year, int quarter, List<ActionItem> items) {
    }

    /** One milestone of the action plan. */
    public record ActionItem(String id, String title, String href, LinkView initiative, LinkView owner, String due,
                             String status, String statusLabel, String done, String note) {
    }

    /** Milestone counts and shares of one pillar, or overall. */
    public record StatusRow(String label, LinkView pillar, int total, int done, int onTrack, int atRisk, int late,
                            int planned, int dropped, String doneShare, String onTrackShare, String atRiskShare,
                            String lateShare, String plannedShare) {
    }

    public record RiskRow(String id, String title, String href, String likelihood, String impact, LinkView owner,
                          String category, String responseHtml, List<LinkView> mitigatedBy) {
    }

    public record HeatRow(String likelihood, List<HeatCell> cells) {
    }

    public record HeatCell(String likelihood, String impact, String level, List<LinkView> risks) {
    }

    /** A body in reporting order (a body after the one it reports to), {@code depth} 0 for a top body. */
    public record BodyNode(String id, String title, String href, String kind, LinkView chair, LinkView secretariat,
                           List<LinkView> members, LinkView reportsTo, String meets, String mandateHtml, int depth) {
    }

    /** The RACI matrix of one pillar: its initiatives by the stakeholders involved in them. */
    public record RaciTable(LinkView pillar, List<LinkView> stakeholders, List<RaciRow> rows) {
    }

    public record RaciRow(LinkView initiative, List<String> letters) {
    }
}
