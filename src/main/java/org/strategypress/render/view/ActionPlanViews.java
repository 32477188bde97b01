package org.strategypress.render.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.strategypress.model.Initiative;
import org.strategypress.model.Strategy;
import org.strategypress.render.view.RoadmapViews.ActionItem;
import org.strategypress.render.view.RoadmapViews.ActionQuarter;
import org.strategypress.render.view.RoadmapViews.ActionYear;
import org.strategypress.render.view.RoadmapViews.StatusRow;
import org.strategypress.render.view.Views.LinkView;

/** The action plan's view: every milestone by year or by quarter, the status shares, what is late. */
final class ActionPlanViews {

    static final String[] STATUSES = {"done", "on-track", "at-risk", "late", "planned", "dropped"};
    /** The quarter a milestone due in a whole year (no month) is listed under: after the year's four quarters. */
    static final int WHOLE_YEAR = 5;

    private final Strategy s;
    private final ViewBuilder v;

    ActionPlanViews(Strategy s, ViewBuilder v) {
        this.s = s;
        this.v = v;
    }

    /** Every milestone by the year it is due, each year's in order of due date. */
    List<ActionYear> byYear() {
        Map<Integer, List<ActionItem>> byYear = new TreeMap<>();
        for (Initiative i : s.initiatives())
            for (Initiative.Milestone ms : i.milestones()) byYear.computeIfAbsent(ms.due().year(), y -> new ArrayList<>()).add(item(i, ms));
        List<ActionYear> out = new ArrayList<>();
        byYear.forEach((y, items) -> out.add(new ActionYear(y, sorted(items))));
        return out;
    }

    /**
     * Every milestone by the quarter it is due (only quarters with one); a milestone due in a whole year comes after
     * that year's quarters, as quarter {@link #WHOLE_YEAR}.
     */
    List<ActionQuarter> byQuarter() {
        Map<Integer, List<ActionItem>> byQuarter = new TreeMap<>();
        for (Initiative i : s.initiatives())
            for (Initiative.Milestone ms : i.milestones()) {
                int q = ms.due().month() == 0 ? WHOLE_YEAR : (ms.due().month() - 1) / 3 + 1;
                byQuarter.computeIfAbsent(ms.due().year() * 10 + q, k -> new ArrayList<>()).add(item(i, ms));
            }
        List<ActionQuarter> out = new ArrayList<>();
        byQuarter.forEach((k, items) -> out.add(new ActionQuarter(k / 10, k % 10, sorted(items))));
        return out;
    }

    private static List<ActionItem> sorted(List<ActionItem> items) {
        List<ActionItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(ActionItem::due));
        return sorted;
    }

    private ActionItem item(Initiative i, Initiative.Milestone ms) {
        String st = ms.statusOrPlanned();
        return new ActionItem(ms.id(), v.str(ms.title()), v.entityLink(ms.id()).href(), v.link(i.id()), v.link(i.owner().id()),
                ms.due().toString(), st, label(st), ms.done() == null ? "" : ms.done().toString(), v.str(ms.note()));
    }

    static String label(String status) {
        return switch (status) {
            case "on-track" -> "on track";
            case "at-risk" -> "at risk";
            default -> status;
        };
    }

    /** Milestone counts and shares of the initiatives {@code in} selects. */
    StatusRow status(String label, LinkView pillar, Predicate<Initiative> in) {
        int[] n = new int[STATUSES.length];
        int total = 0;
        for (Initiative i : s.initiatives()) {
            if (!in.test(i)) continue;
            for (Initiative.Milestone ms : i.milestones()) {
                n[List.of(STATUSES).indexOf(ms.statusOrPlanned())]++;
                total++;
            }
        }
        return new StatusRow(label, pillar, total, n[0], n[1], n[2], n[3], n[4], n[5], share(n[0], total),
                share(n[1], total), share(n[2], total), share(n[3], total), share(n[4], total));
    }

    /** A whole percentage, rounded half up, as the edition writes it: 7 of 12 is "58%" (en). */
    String share(int k, int total) {
        if (total == 0) return "";
        return v.numbers().percent(BigDecimal.valueOf(k * 100L).divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP).longValueExact());
    }

    /** The milestones whose status is late, in file order. */
    List<ActionItem> late() {
        List<ActionItem> out = new ArrayList<>();
        for (Initiative i : s.initiatives())
            for (Initiative.Milestone ms : i.milestones()) if ("late".equals(ms.status())) out.add(item(i, ms));
        return out;
    }
}
