package org.strategypress.load;

import org.strategypress.model.DisplayPaths;
import org.strategypress.model.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.strategypress.model.schema.FieldSpec;
import org.strategypress.model.schema.FieldType;
import org.strategypress.model.schema.Kind;
import org.strategypress.model.schema.Kinds;
import org.strategypress.model.DeclaredId;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Entity;
import org.strategypress.model.Module;
import org.strategypress.model.Names;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Strategy;
import org.strategypress.model.StrategyMeta;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Walks a content folder: strategy.yaml, every other YAML file at any depth, the module chapters, the front
 * matter and the written annexes.
 * A broken file never stops the others from being read; every problem is collected.
 */
public final class ContentLoader {

    private final YamlReader yaml = new YamlReader();
    private final ChapterReader chapters = new ChapterReader(yaml);

    /** Loads the content under {@code root}; throws LoadException only if the folder cannot be read at all. */
    public LoadResult load(Path root) {
        if (!Files.isDirectory(root)) throw new LoadException("content folder not found: " + root);
        List<Diagnostic> problems = new ArrayList<>();
        StrategyMeta meta = new MetaReader(yaml).read(root.resolve("strategy.yaml"), problems);
        Map<Kind<?>, List<Entity>> byKind = new HashMap<>();
        List<DeclaredId> ids = new ArrayList<>();
        Set<String> unread = new HashSet<>();
        for (Path file : yamlFiles(root)) {
            if (Thread.currentThread().isInterrupted()) throw new LoadException("loading stopped (deadline)");
            readTables(file, byKind, ids, problems, unread);
        }
        List<Module> modules = chapters.modules(root, problems);
        Strategy s = new Strategy(meta, byKind, modules, ids, chapters.chapters(root, "front", problems),
                chapters.chapters(root, "annexes", problems));
        return new LoadResult(s, problems, unread);
    }

    private static List<Path> yamlFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> {
                String n = p.getFileName().toString();
                return (n.endsWith(".yaml") || n.endsWith(".yml")) && !hidden(root.relativize(p))
                        && !p.equals(root.resolve("strategy.yaml")) && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            throw new LoadException("cannot list " + root + ": " + e.getMessage());
        }
    }

    /** A file or folder whose name starts with '.', at any depth (editor backups, .git): not content. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }

    private void readTables(Path file, Map<Kind<?>, List<Entity>> byKind, List<DeclaredId> ids, List<Diagnostic> problems,
                            Set<String> unread) {
        Path shown = DisplayPaths.of(file);
        Node doc = yaml.read(file, shown, problems).orElse(null);
        if (doc == null) {
            unreadWords(file, unread);
            return;
        }
        NodeChecker checker = new NodeChecker(shown, problems);
        if (!(doc instanceof MappingNode map)) {
            problems.add(Rule.BAD_TYPE.at(checker.at(doc),
                    "a content file holds a mapping of kinds (such as 'kpis:'), each a list of entities; found "
                            + NodeChecker.describe(doc)));
            return;
        }
        for (NodeTuple t : map.getValue()) {
            String kind = ((ScalarNode) t.getKeyNode()).getValue();
            Kind<?> spec = Kinds.byKey(kind).orElse(null);
            if (spec == null) {
                problems.add(Rule.UNKNOWN_KIND.at(checker.at(t.getKeyNode()), "unknown kind '" + kind + "'"
                        + Names.didYouMean(kind, Kinds.keys()) + "; kinds are: "
                        + String.join(", ", Kinds.keys())));
                continue;
            }
            Node list = t.getValueNode();
            if (NodeChecker.isNull(list)) continue;
            if (!(list instanceof SequenceNode seq)) {
                problems.add(Rule.BAD_TYPE.at(checker.at(list), "'" + kind
                        + "' should be a list of entities, each starting with '- '"));
                continue;
            }
            for (Node item : seq.getValue()) {
                Checked c = checker.check(item, "an entry of " + kind, spec.fields());
                if (c == null || !c.complete()) Mentions.ofNode(item, unread);
                if (c == null) continue;
                declare(spec, c, ids);
                Entity e = c.complete() ? EntityMapper.map(spec.type(), c) : null;
                if (e != null) byKind.computeIfAbsent(spec, k -> new ArrayList<>()).add(e);
            }
        }
    }

    /**
     * The ids an entity declares: its own, and those of the items of its lists of mappings that have ids (an
     * initiative's milestones), declared as of the list's name.
     */
    private static void declare(Kind<?> kind, Checked c, List<DeclaredId> ids) {
        if (c.string("id") != null) ids.add(new DeclaredId(c.string("id"), kind.key(), positionOfId(c)));
        for (FieldSpec f : kind.fields()) {
            if (f.type() != FieldType.OBJECT_LIST || f.child("id") == null || f.child("id").type() != FieldType.ID) continue;
            for (Checked m : c.objects(f.name()))
                if (m.string("id") != null) ids.add(new DeclaredId(m.string("id"), f.name(), m.at()));
        }
    }

    /** The id-shaped words of a file that could not be parsed (read as far as it can be, never beyond the size limit). */
    private static void unreadWords(Path file, Set<String> unread) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > YamlReader.MAX_BYTES) return;
            Mentions.ofText(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8), unread);
        } catch (IOException e) {
            // the reader has reported the file; nothing more can be learnt from it
        }
    }

    private static SourcePosition positionOfId(Checked c) {
        return c.at();
    }

}
