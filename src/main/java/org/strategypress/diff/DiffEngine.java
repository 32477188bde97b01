package org.strategypress.diff;

import org.strategypress.model.StrategyDiff;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.strategypress.model.StrategyDiff.ChapterChange;
import org.strategypress.model.StrategyDiff.EntityChange;
import org.strategypress.model.StrategyDiff.FieldChange;
import org.strategypress.model.Chapter;
import org.strategypress.model.Entity;
import org.strategypress.model.Strategy;
import org.strategypress.model.schema.Kind;
import org.strategypress.values.EntityValues;

/**
 * Compares two loaded strategies by value, never by source position (positions differ between checkouts):
 * the metadata field by field, entities by kind and id, chapters by file.
 */
public final class DiffEngine {

    private DiffEngine() {
    }

    /** A version of the content: the strategy as loaded, its content folder, and a label such as a git ref. */
    public record Side(String label, Strategy strategy, Path contentRoot) {
    }

    public static StrategyDiff compare(Side before, Side after) {
        Map<String, Object> metaBefore = EntityValues.fields(before.strategy().meta());
        Map<String, Object> metaAfter = EntityValues.fields(after.strategy().meta());
        return new StrategyDiff(before.label(), after.label(), fields(metaBefore, metaAfter),
                entities(before.strategy(), after.strategy()), chapters(before, after));
    }

    private static List<EntityChange> entities(Strategy a, Strategy b) {
        Map<String, List<Entity>> kindsA = EntityValues.byKind(a, Kind.Use.DIFF);
        Map<String, List<Entity>> kindsB = EntityValues.byKind(b, Kind.Use.DIFF);
        String langA = a.meta().language();
        String langB = b.meta().language();
        List<EntityChange> out = new ArrayList<>();
        for (String kind : kindsB.keySet()) {
            Map<String, Entity> olds = byId(kindsA.get(kind));
            Map<String, Entity> news = byId(kindsB.get(kind));
            Set<String> ids = new LinkedHashSet<>(olds.keySet());
            ids.addAll(news.keySet());
            for (String id : ids) {
                Entity o = olds.get(id);
                Entity n = news.get(id);
                if (o == null) out.add(new EntityChange(kind, id, n.title().in(langB), EntityChange.ADDED, List.of()));
                else if (n == null) out.add(new EntityChange(kind, id, o.title().in(langA), EntityChange.REMOVED, List.of()));
                else {
                    List<FieldChange> f = fields(EntityValues.fields((Record) o), EntityValues.fields((Record) n));
                    if (!f.isEmpty()) out.add(new EntityChange(kind, id, n.title().in(langB), EntityChange.CHANGED, f));
                }
            }
        }
        return out;
    }

    private static Map<String, Entity> byId(List<Entity> list) {
        Map<String, Entity> m = new LinkedHashMap<>();
        if (list != null) for (Entity e : list) m.putIfAbsent(e.id(), e);
        return m;
    }

    private static List<FieldChange> fields(Map<String, Object> before, Map<String, Object> after) {
        Map<String, String> a = FlatValues.of(before);
        Map<String, String> b = FlatValues.of(after);
        Set<String> paths = new LinkedHashSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<FieldChange> out = new ArrayList<>();
        for (String p : paths)
            if (!Objects.equals(a.get(p), b.get(p))) out.add(new FieldChange(p, a.get(p), b.get(p)));
        return out;
    }

    private static List<ChapterChange> chapters(Side before, Side after) {
        Map<String, Chapter> a = chaptersByFile(before);
        Map<String, Chapter> b = chaptersByFile(after);
        Set<String> files = new LinkedHashSet<>(a.keySet());
        files.addAll(b.keySet());
        List<ChapterChange> out = new ArrayList<>();
        for (String f : files.stream().sorted().toList()) {
            Chapter o = a.get(f);
            Chapter n = b.get(f);
            if (o != null && n != null && o.body().equals(n.body()) && o.title().equals(n.title())) continue;
            List<String> lo = o == null ? List.of() : o.body().lines().toList();
            List<String> ln = n == null ? List.of() : n.body().lines().toList();
            int[] counts = LineChanges.count(lo, ln);
            List<String> ho = LineChanges.headings(lo);
            List<String> hn = LineChanges.headings(ln);
            String type = o == null ? EntityChange.ADDED : n == null ? EntityChange.REMOVED : EntityChange.CHANGED;
            List<Integer> changed = n == null ? List.of()
                    : LineChanges.changedLines(lo, ln).stream().map(i -> n.bodyLine() + i).toList();
            out.add(new ChapterChange(f, n == null ? o.title() : n.title(), o == null ? null : o.title(), type,
                    counts[0], counts[1], LineChanges.minus(hn, ho), LineChanges.minus(ho, hn), changed));
        }
        return out;
    }

    private static Map<String, Chapter> chaptersByFile(Side side) {
        Map<String, Chapter> m = new LinkedHashMap<>();
        Path root = side.contentRoot().toAbsolutePath().normalize();
        side.strategy().chapters().forEach(c -> {
            Path abs = c.at().file().toAbsolutePath().normalize();
            m.put((abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/'), c);
        });
        return m;
    }
}
