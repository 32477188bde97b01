package org.strategypress.render.view;

import java.util.List;

import org.strategypress.render.view.Views.KpiView;
import org.strategypress.render.view.Views.LinkView;

/**
 * View data of the pages only the site has: the dashboard on the landing page, the traceability matrices and
 * the KPI explorer. Derived from the {@link DocumentView} by {@link SiteViewBuilder}, never stored in the model.
 */
public final class SiteViews {

    private SiteViews() {
    }

    /** How many entities of one kind; {@code href} is the page listing them, or null. */
    public record CountView(String label, int count, String href) {
    }

    /**
     * "covered of total" for one link of the results chain, with its share in whole percent; {@code labelKey}: the
     * message key of its label.
     */
    public record CoverageView(String labelKey, int covered, int total, int percent, String href) {
    }

    /** The landing page's dashboard: counts per kind, coverage of the results chain, validation status. */
    public record DashboardView(List<CountView> counts, List<CoverageView> coverage, int errors, int warnings) {
        public DashboardView {
            counts = List.copyOf(counts);
            coverage = List.copyOf(coverage);
        }
    }

    /** One row of a traceability matrix: its entity and, per column, whether the two are linked. */
    public record MatrixRowView(LinkView row, List<Boolean> marks) {
        public MatrixRowView {
            marks = List.copyOf(marks);
        }
    }

    /** The gaps of one pillar against the initiatives that address them or belong to the pillar. */
    public record GapMatrixView(LinkView pillar, List<LinkView> initiatives, List<MatrixRowView> rows) {
        public GapMatrixView {
            initiatives = List.copyOf(initiatives);
            rows = List.copyOf(rows);
        }
    }

    /** The national targets of one priority, as a group of columns. */
    public record TargetGroupView(LinkView priority, List<LinkView> targets) {
        public TargetGroupView {
            targets = List.copyOf(targets);
        }
    }

    /** Every KPI against every national target; marks follow the targets of all groups in order. */
    public record KpiMatrixView(List<TargetGroupView> groups, List<MatrixRowView> rows) {
        public KpiMatrixView {
            groups = List.copyOf(groups);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One KPI in the explorer, with what it is filtered by: its pillars and the horizons of its initiatives; and the
     * decisions about the initiatives it measures: their total {@code cost} and the highest weighted {@code score}
     * ("" when none has one), as the edition writes numbers, and the same as plain numbers for sorting
     * ({@code costValue}, {@code scoreValue}); whether one of them is a quick win, whether a cost counted is illustrative.
     */
    public record KpiRowView(KpiView kpi, List<LinkView> pillars, List<String> horizons, String finalTarget,
                             String cost, String costValue, String score, String scoreValue, boolean quickWin,
                             boolean costIllustrative) {
        public KpiRowView {
            pillars = List.copyOf(pillars);
            horizons = List.copyOf(horizons);
        }
    }

    /**
     * The KPI explorer: its rows and the choices of each filter; {@code currency} is how costs are expressed
     * (such as "USD million"), and the cost and score columns and the quick-win filter show when some row has one.
     */
    public record KpiExplorerView(List<KpiRowView> rows, List<LinkView> pillars, List<LinkView> owners,
                                  List<String> horizons, List<LinkView> targets, String currency) {
        public KpiExplorerView {
            rows = List.copyOf(rows);
            pillars = List.copyOf(pillars);
            owners = List.copyOf(owners);
            horizons = List.copyOf(horizons);
            targets = List.copyOf(targets);
        }

        public boolean hasCosts() {
            return rows.stream().anyMatch(r -> !r.cost().isEmpty());
        }

        public boolean hasScores() {
            return rows.stream().anyMatch(r -> !r.score().isEmpty());
        }

        public boolean hasQuickWins() {
            return rows.stream().anyMatch(KpiRowView::quickWin);
        }
    }
}
