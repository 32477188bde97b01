package org.strategypress.render.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.strategypress.model.Body;
import org.strategypress.model.Initiative;
import org.strategypress.model.Pillar;
import org.strategypress.model.Prioritisation;
import org.strategypress.model.PriorityRanking;
import org.strategypress.model.Ref;
import org.strategypress.model.Risk;
import org.strategypress.model.Stakeholder;
import org.strategypress.model.Strategy;
import org.strategypress.model.StrategyMeta;
import org.strategypress.model.When;
import org.strategypress.render.view.RoadmapViews.*;
import org.strategypress.render.view.Views.LinkView;

/** Computes the module-4 decision blocks' view from the model: ranks, quadrants, totals, shares, reporting order. */
final class RoadmapViewBuilder {

    private static final String[] LEVELS_UP = {"low", "medium", "high"};

    private final Strategy s;
    private final ViewBuilder v;
    private final ShownNumbers numbers;

    RoadmapViewBuilder(Strategy s, ViewBuilder v) {
        this.s = s;
        this.v = v;
        this.numbers = v.numbers();
    }

    RoadmapView build() {
        StrategyMeta m = s.meta();
        Prioritisation p = m.prioritisation();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        When asOf = m.asOfOr(new When(today.getYear(), today.getMonthValue(), null));
        List<CriterionView> criteria = p == null ? List.of() : p.criteria().stream().map(c -> new CriterionView(c.id(),
                v.str(c.title()), numbers.amount(c.weight()), c.axis() == null ? "" : c.axis())).toList();
        List<PriorityRow> ranked = ranked(p);
        ActionPlanViews plan = new ActionPlanViews(s, v);
        List<StatusRow> status = new ArrayList<>();
        for (Pillar pl : s.pillars()) {
            StatusRow r = plan.status(v.str(pl.title()), v.link(pl.id()), i -> i.pillar().id().equals(pl.id()));
            if (r.total() > 0) status.add(r);
        }
        List<FinancingRow> financing = new ArrayList<>();
        for (Pillar pl : s.pillars()) {
            FinancingRow r = financing(v.link(pl.id()), i -> i.pillar().id().equals(pl.id()));
            if (r.costValue() > 0 || r.committedValue() + r.expectedValue() + r.soughtValue() > 0) financing.add(r);
        }
        return new RoadmapView(m.currency() == null ? "" : m.currency().label(), asOf.toString(), criteria,
                p == null ? "" : numbers.amount(p.min()), p == null ? "" : numbers.amount(p.max()), ranked, matrix(p, ranked), cost(),
                financing, financing(null, i -> true), plan.byYear(), plan.byQuarter(), status,
                plan.status("All pillars", null, i -> true), plan.late(), risks(), heat(), bodies(), raci(), facts(p));
    }

    private Map<String, InitiativeFacts> facts(Prioritisation p) {
        Map<String, PriorityRanking.Ranked> ranks = new java.util.HashMap<>();
        for (PriorityRanking.Ranked r : PriorityRanking.of(s.initiatives(), p)) ranks.put(r.initiative().id(), r);
        String unit = s.meta().currency() == null ? "" : " " + s.meta().currency().label();
        Map<String, InitiativeFacts> out = new java.util.LinkedHashMap<>();
        for (Initiative i : s.initiatives()) {
            String scores = p == null ? "" : String.join(", ", p.criteria().stream().filter(c -> i.scores().of(c.id()) != null)
                    .map(c -> v.str(c.title()) + " " + numbers.amount(i.scores().of(c.id()))).toList());
            PriorityRanking.Ranked r = ranks.get(i.id());
            String cost = i.cost().isEmpty() ? "" : numbers.amount(i.totalCost()) + unit + " (" + String.join(", ", i.cost().stream()
                    .map(c -> c.year() + ": " + numbers.amount(c.amount())).toList()) + ")";
            List<FundingLine> funding = i.funding().stream().map(f -> new FundingLine(v.link(f.source().id()).id(),
                    numbers.amount(f.amount()), f.status())).toList();
            out.put(i.id(), new InitiativeFacts(scores, r == null ? "" : numbers.decimal(r.score()),
                    r == null ? "" : r.score().toPlainString(), r == null ? "" : Integer.toString(r.rank()), i.quickWin(),
                    cost, funding, i.illustrative(),
                    i.cost().isEmpty() ? "" : plain(i.totalCost()), i.cost().stream().anyMatch(c -> illustrative(i, c))));
        }
        return out;
    }

    private List<PriorityRow> ranked(Prioritisation p) {
        List<PriorityRow> out = new ArrayList<>();
        for (PriorityRanking.Ranked r : PriorityRanking.of(s.initiatives(), p)) {
            Initiative i = r.initiative();
            BigDecimal x = p.axis("x", i.scores());
            BigDecimal y = p.axis("y", i.scores());
            out.add(new PriorityRow(r.rank(), v.link(i.id()), p.criteria().stream().map(c -> numbers.amount(i.scores().of(c.id()))).toList(),
                    numbers.decimal(r.score().setScale(2, RoundingMode.HALF_UP)), i.priority() == null ? "" : i.priority(),
                    r.band(), i.quickWin(), quadrantName(p, quadrant(p, x, y)), x == null ? "" : x.toPlainString(), y == null ? "" : y.toPlainString()));
        }
        return out;
    }

    /** tr (high x, high y), tl, br, bl; "" without both axes. */
    static String quadrant(Prioritisation p, BigDecimal x, BigDecimal y) {
        if (x == null || y == null) return "";
        BigDecimal mid = p.min().add(p.max()).divide(BigDecimal.valueOf(2));
        boolean right = x.compareTo(mid) >= 0;
        boolean top = y.compareTo(mid) >= 0;
        return (top ? "t" : "b") + (right ? "r" : "l");
    }

    /** Quadrant names when strategy.yaml gives none. */
    static final Map<String, String> DEFAULT_QUADRANTS = Map.of("tr", "Quick wins", "tl", "Transformational",
            "br", "Strategic enablers", "bl", "Reconsider");

    /** The name of a quadrant ({@code tr}, {@code tl}, {@code br}, {@code bl}) as the writer gives it, else the default; "" for "". */
    private String quadrantName(Prioritisation p, String key) {
        if (key.isEmpty()) return "";
        return p.quadrants() == null ? DEFAULT_QUADRANTS.get(key) : v.str(p.quadrants().of(key));
    }

    private MatrixView matrix(Prioritisation p, List<PriorityRow> ranked) {
        if (p == null || p.on("x").isEmpty() || p.on("y").isEmpty()) return null;
        int n = 4;
        double lo = p.min().doubleValue();
        double step = (p.max().doubleValue() - lo) / n;
        List<String> bands = new ArrayList<>();
        for (int k = 0; k < n; k++) bands.add(num(lo + k * step) + (k == n - 1 ? "–" + num(lo + n * step) : "–<" + num(lo + (k + 1) * step)));
        List<MatrixRow> rows = new ArrayList<>();
        for (int yk = n - 1; yk >= 0; yk--) {
            List<MatrixCell> cells = new ArrayList<>();
            for (int xk = 0; xk < n; xk++) {
                String q = (yk >= n / 2 ? "t" : "b") + (xk >= n / 2 ? "r" : "l");
                boolean corner = (yk == n - 1 || yk == 0) && (xk == 0 || xk == n - 1);
                List<MatrixPoint> points = new ArrayList<>();
                for (PriorityRow r : ranked) {
                    if (r.x().isEmpty() || r.y().isEmpty()) continue;
                    if (band(Double.parseDouble(r.x()), lo, step, n) == xk && band(Double.parseDouble(r.y()), lo, step, n) == yk)
                        points.add(new MatrixPoint(r.initiative(), numbers.text(r.x()), numbers.text(r.y()), r.quickWin()));
                }
                cells.add(new MatrixCell(q, corner ? quadrantName(p, q) : "", points));
            }
            rows.add(new MatrixRow(bands.get(yk), cells));
        }
        return new MatrixView(String.join(" + ", p.on("x").stream().map(c -> v.str(c.title())).toList()),
                String.join(" + ", p.on("y").stream().map(c -> v.str(c.title())).toList()), bands, rows,
                Map.of("tr", quadrantName(p, "tr"), "tl", quadrantName(p, "tl"), "br", quadrantName(p, "br"), "bl", quadrantName(p, "bl")));
    }

    private static int band(double value, double lo, double step, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.floor((value - lo) / step)));
    }

    private CostTable cost() {
        List<Integer> years = ViewBuilder.years(s.meta());
        List<CostRow> rows = new ArrayList<>();
        BigDecimal[] all = zeros(years.size());
        boolean anyIllustrative = false;
        for (Pillar pl : s.pillars()) {
            BigDecimal[] by = zeros(years.size());
            boolean illustrative = false;
            boolean any = false;
            for (Initiative i : s.initiatives()) {
                if (!i.pillar().id().equals(pl.id())) continue;
                for (Initiative.Cost c : i.cost()) {
                    int k = years.indexOf(c.year());
                    if (k < 0) continue;
                    by[k] = by[k].add(c.amount());
                    all[k] = all[k].add(c.amount());
                    any = true;
                    illustrative |= illustrative(i, c);
                }
            }
            if (!any) continue;
            anyIllustrative |= illustrative;
            rows.add(new CostRow(v.link(pl.id()), java.util.Arrays.stream(by).map(numbers::amount).toList(), numbers.amount(sum(by)), illustrative));
        }
        return new CostTable(years, rows, new CostRow(null, java.util.Arrays.stream(all).map(numbers::amount).toList(),
                numbers.amount(sum(all)), anyIllustrative), anyIllustrative);
    }

    /** Whether a cost line is illustrative: its own flag, else its initiative's. */
    private static boolean illustrative(Initiative i, Initiative.Cost c) {
        return c.illustrative() != null ? c.illustrative() : i.illustrative();
    }

    private FinancingRow financing(LinkView pillar, Predicate<Initiative> in) {
        BigDecimal cost = BigDecimal.ZERO, committed = BigDecimal.ZERO, expected = BigDecimal.ZERO, sought = BigDecimal.ZERO, gap = BigDecimal.ZERO;
        boolean illustrative = false;
        for (Initiative i : s.initiatives()) {
            if (!in.test(i)) continue;
            cost = cost.add(i.totalCost());
            committed = committed.add(i.funding("committed"));
            expected = expected.add(i.funding("expected"));
            sought = sought.add(i.funding("sought"));
            BigDecimal open = i.totalCost().subtract(i.totalFunding());
            if (open.signum() > 0) gap = gap.add(open);
            illustrative |= i.illustrative();
        }
        return new FinancingRow(pillar, numbers.amount(cost), numbers.amount(committed), numbers.amount(expected),
                numbers.amount(sought), numbers.amount(gap),
                cost.doubleValue(), committed.doubleValue(), expected.doubleValue(), sought.doubleValue(), gap.doubleValue(), illustrative);
    }

    private List<RiskRow> risks() {
        return s.risks().stream().map(r -> new RiskRow(r.id(), v.str(r.title()), v.link(r.id()).href(),
                r.likelihood() == null ? "" : r.likelihood(), r.impact() == null ? "" : r.impact(),
                r.owner() == null ? null : v.link(r.owner().id()), r.category() == null ? "" : r.category(),
                v.md(r.response()), r.mitigatedBy().stream().map(x -> v.link(x.id())).toList())).toList();
    }

    private List<HeatRow> heat() {
        List<HeatRow> rows = new ArrayList<>();
        for (int l = 2; l >= 0; l--) {
            List<HeatCell> cells = new ArrayList<>();
            for (int im = 0; im < 3; im++) {
                String like = LEVELS_UP[l];
                String imp = LEVELS_UP[im];
                int score = (l + 1) * (im + 1);
                List<LinkView> in = new ArrayList<>();
                for (Risk r : s.risks()) if (like.equals(r.likelihood()) && imp.equals(r.impact())) in.add(v.link(r.id()));
                cells.add(new HeatCell(like, imp, score >= 6 ? "high" : score >= 3 ? "medium" : "low", in));
            }
            rows.add(new HeatRow(LEVELS_UP[l], cells));
        }
        return rows;
    }

    /** Bodies in reporting order: each top body, then what reports to it, depth first, in file order. */
    private List<BodyNode> bodies() {
        List<BodyNode> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Body b : s.bodies()) ids.add(b.id());
        Set<String> placed = new LinkedHashSet<>();
        for (Body b : s.bodies())
            if (b.reportsTo() == null || !ids.contains(b.reportsTo().id())) place(b, 0, placed, out);
        for (Body b : s.bodies()) if (!placed.contains(b.id())) place(b, 0, placed, out); // a cycle, reported by the validator
        return out;
    }

    private void place(Body b, int depth, Set<String> placed, List<BodyNode> out) {
        if (!placed.add(b.id())) return;
        out.add(new BodyNode(b.id(), v.str(b.title()), v.link(b.id()).href(), b.bodyKind(), link(b.chair()), link(b.secretariat()),
                b.members().stream().map(r -> v.link(r.id())).toList(), link(b.reportsTo()), v.str(b.meets()), v.md(b.mandate()), depth));
        for (Body c : s.bodies()) if (c.reportsTo() != null && c.reportsTo().id().equals(b.id())) place(c, depth + 1, placed, out);
    }

    private LinkView link(Ref r) {
        return r == null ? null : v.link(r.id());
    }

    private List<RaciTable> raci() {
        List<RaciTable> out = new ArrayList<>();
        for (Pillar pl : s.pillars()) {
            List<Initiative> ins = s.initiatives().stream().filter(i -> i.pillar().id().equals(pl.id())).toList();
            if (ins.isEmpty()) continue;
            Set<String> involved = new LinkedHashSet<>();
            for (Initiative i : ins) {
                involved.add(i.owner().id());
                i.partners().forEach(r -> involved.add(r.id()));
                i.consulted().forEach(r -> involved.add(r.id()));
                i.informed().forEach(r -> involved.add(r.id()));
            }
            List<String> columns = s.stakeholders().stream().map(Stakeholder::id).filter(involved::contains).toList();
            List<RaciRow> rows = ins.stream().map(i -> new RaciRow(v.link(i.id()), columns.stream().map(id -> letters(i, id)).toList())).toList();
            out.add(new RaciTable(v.link(pl.id()), columns.stream().map(this::shortLink).toList(), rows));
        }
        return out;
    }

    /** A stakeholder's link titled by its short name (column headers). */
    private LinkView shortLink(String id) {
        LinkView l = v.link(id);
        Stakeholder st = s.stakeholders().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        String shown = st == null || st.shortName() == null ? id : v.str(st.shortName());
        return new LinkView(l.id(), shown, l.href(), l.kind());
    }

    /** A, R, C, I as the initiative names the stakeholder (several when it is named twice). */
    static String letters(Initiative i, String id) {
        StringBuilder b = new StringBuilder();
        if (i.owner().id().equals(id)) b.append('A');
        if (i.partners().stream().anyMatch(r -> r.id().equals(id))) b.append('R');
        if (i.consulted().stream().anyMatch(r -> r.id().equals(id))) b.append('C');
        if (i.informed().stream().anyMatch(r -> r.id().equals(id))) b.append('I');
        return b.toString();
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        java.util.Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }

    private static BigDecimal sum(BigDecimal[] a) {
        return java.util.Arrays.stream(a).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** An amount in plain machine form, without trailing zeros ("12.5", "60"), for sums and sorting; "" for null. */
    static String plain(BigDecimal d) {
        if (d == null) return "";
        if (d.signum() == 0) return "0";
        return d.stripTrailingZeros().toPlainString();
    }

    /** A band's bound as the edition writes it: whole, else with one decimal. */
    private String num(double d) {
        return numbers.decimal(BigDecimal.valueOf(d).setScale(d == Math.rint(d) ? 0 : 1, RoundingMode.HALF_UP));
    }
}
