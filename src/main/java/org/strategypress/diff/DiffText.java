package org.strategypress.diff;

import org.strategypress.model.StrategyDiff;
import org.strategypress.model.StrategyDiff.ChapterChange;
import org.strategypress.model.StrategyDiff.EntityChange;
import org.strategypress.model.StrategyDiff.FieldChange;

/** The diff for a terminal: one line per added, removed or changed thing, changed fields indented below. */
public final class DiffText {

    private DiffText() {
    }

    public static String of(StrategyDiff d) {
        StringBuilder b = new StringBuilder("Changes from " + d.from() + " to " + d.to() + "\n");
        if (d.isEmpty()) return b.append("no changes\n").toString();
        if (!d.metadata().isEmpty()) {
            b.append("~ strategy.yaml\n");
            for (FieldChange f : d.metadata()) field(b, f);
        }
        for (EntityChange e : d.entities()) {
            char sign = e.type().equals(EntityChange.ADDED) ? '+' : e.type().equals(EntityChange.REMOVED) ? '-' : '~';
            b.append(sign).append(' ').append(e.kind()).append(' ').append(e.id()).append(": ").append(one(e.title())).append('\n');
            for (FieldChange f : e.fields()) field(b, f);
        }
        for (ChapterChange c : d.chapters()) {
            char sign = c.type().equals(EntityChange.ADDED) ? '+' : c.type().equals(EntityChange.REMOVED) ? '-' : '~';
            b.append(sign).append(" chapter ").append(c.file()).append(": ").append(one(c.title()))
                    .append(" (+").append(c.linesAdded()).append(" -").append(c.linesRemoved()).append(" lines)\n");
            if (c.retitled()) b.append("    title: ").append(one(c.titleBefore())).append(" -> ").append(one(c.title())).append('\n');
            for (String h : c.headingsAdded()) b.append("    heading added: ").append(one(h)).append('\n');
            for (String h : c.headingsRemoved()) b.append("    heading removed: ").append(one(h)).append('\n');
        }
        return b.append(summary(d)).append('\n').toString();
    }

    /** {@code 1 added, 1 removed, 1 changed; 1 chapter changed}. */
    public static String summary(StrategyDiff d) {
        return d.added().size() + " added, " + d.removed().size() + " removed, " + d.changed().size() + " changed; "
                + d.chapters().size() + " chapter" + (d.chapters().size() == 1 ? "" : "s") + " changed"
                + (d.metadata().isEmpty() ? "" : "; metadata changed");
    }

    private static void field(StringBuilder b, FieldChange f) {
        b.append("    ").append(f.field()).append(": ").append(shown(f.before())).append(" -> ").append(shown(f.after())).append('\n');
    }

    private static String shown(String v) {
        return v == null ? "(none)" : one(v);
    }

    /** On one line, control characters made visible. */
    static String one(String s) {
        return org.strategypress.report.TextReport.clean(s);
    }
}
