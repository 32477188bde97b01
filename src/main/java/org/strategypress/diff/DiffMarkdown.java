package org.strategypress.diff;

import org.strategypress.model.StrategyDiff;
import java.util.List;

import org.strategypress.model.StrategyDiff.ChapterChange;
import org.strategypress.model.StrategyDiff.EntityChange;
import org.strategypress.model.StrategyDiff.FieldChange;

/** The diff as Markdown, for a merge request, a changelog or {@code changes.md} of a published draft. */
public final class DiffMarkdown {

    private DiffMarkdown() {
    }

    public static String of(StrategyDiff d) {
        StringBuilder b = new StringBuilder("# Changes from " + esc(d.from()) + " to " + esc(d.to()) + "\n\n");
        if (d.isEmpty()) return b.append("No changes.\n").toString();
        b.append(esc(DiffText.summary(d))).append(".\n");
        if (!d.metadata().isEmpty()) {
            b.append("\n## Document\n\n");
            table(b, d.metadata());
        }
        list(b, "Added", d.added());
        list(b, "Removed", d.removed());
        if (!d.changed().isEmpty()) {
            b.append("\n## Changed\n");
            for (EntityChange e : d.changed()) {
                b.append("\n### ").append(esc(e.kind())).append(" ").append(code(e.id())).append(": ").append(esc(e.title())).append("\n\n");
                table(b, e.fields());
            }
        }
        if (!d.chapters().isEmpty()) {
            b.append("\n## Chapters\n\n| chapter | change | lines added | lines removed | headings |\n|---|---|---|---|---|\n");
            for (ChapterChange c : d.chapters()) {
                StringBuilder h = new StringBuilder();
                if (c.retitled()) h.append("title: ").append(esc(c.titleBefore())).append(" → ").append(esc(c.title())).append("; ");
                for (String x : c.headingsAdded()) h.append("added ").append(code(x)).append("; ");
                for (String x : c.headingsRemoved()) h.append("removed ").append(code(x)).append("; ");
                b.append("| ").append(code(c.file())).append(" ").append(esc(c.title())).append(" | ").append(c.type())
                        .append(" | ").append(c.linesAdded()).append(" | ").append(c.linesRemoved()).append(" | ")
                        .append(h.length() == 0 ? "" : h.substring(0, h.length() - 2)).append(" |\n");
            }
        }
        return b.toString();
    }

    private static void list(StringBuilder b, String title, List<EntityChange> items) {
        if (items.isEmpty()) return;
        b.append("\n## ").append(title).append("\n\n");
        for (EntityChange e : items)
            b.append("- ").append(esc(e.kind())).append(" ").append(code(e.id())).append(": ").append(esc(e.title())).append('\n');
    }

    private static void table(StringBuilder b, List<FieldChange> fields) {
        b.append("| field | before | after |\n|---|---|---|\n");
        for (FieldChange f : fields)
            b.append("| ").append(code(f.field())).append(" | ").append(f.before() == null ? "—" : esc(f.before()))
                    .append(" | ").append(f.after() == null ? "—" : esc(f.after())).append(" |\n");
    }

    /** Writer's text as literal Markdown on one line: punctuation that Markdown reads is backslash-escaped. */
    static String esc(String s) {
        String one = DiffText.one(s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
        StringBuilder b = new StringBuilder(one.length());
        for (char c : one.toCharArray()) {
            if ("\\`*_{}[]<>()#+-.!|~&".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }

    private static String code(String s) {
        String one = DiffText.one(s).replace("|", "\\|");
        return one.contains("`") ? "`` " + one + " ``" : "`" + one + "`";
    }
}
