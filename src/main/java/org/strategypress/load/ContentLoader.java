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
    /** What each YAML file gave last time, once {@link #rememberFiles()} was called; else null. */
    private volatile RememberedTables remembered;

    /**
     * From now on, a YAML file whose bytes are those of the last load gives what it gave then without being parsed
     * again (the preview server's rebuilds: one file changed, the others did not). A one-off load does not call this.
     */
    public synchronized ContentLoader rememberFiles() {
        if (remembered == null) remembered = new RememberedTables();
        return this;
    }

    /** Loads the content under {@code root}; throws LoadException only if the folder cannot be read at all. */
    public LoadResult load(Path root) {
        folderProblem(root).ifPresent(message -> {
            throw new LoadException(message);
        });
        List<Diagnostic> problems = new ArrayList<>();
        Path realRoot = realRoot(root);
        Path strategyFile = root.resolve("strategy.yaml");
        StrategyMeta meta = LinkEscape.leaves(realRoot, strategyFile, problems)
                ? MetaReader.standIn(DisplayPaths.of(strategyFile)) : new MetaReader(yaml).read(strategyFile, problems);
        Map<Kind<?>, List<Entity>> byKind = new HashMap<>();
        List<DeclaredId> ids = new ArrayList<>();
        Set<String> unread = new HashSet<>();
        // strategy.yaml that did not parse: what rules read from it (criteria, currency, as_of) is unknown
        if (problems.stream().anyMatch(d -> d.isError() && d.rule().phase() == Rule.Phase.READ))
            unread.add(StrategyMeta.FILE);
        Map<SourcePosition, Map<String, SourcePosition>> fieldPositions = new HashMap<>();
        List<Path> files = yamlFiles(root);
        Thread stage = Thread.currentThread();
        // each file is read on its own, on every core, then added in file order (docs/performance.md, "validate x10")
        List<FileTables> read = files.parallelStream().map(file -> readFile(file, realRoot, stage)).toList();
        Tables all = new Tables(byKind, ids, fieldPositions, unread);
        for (FileTables t : read) t.addTo(all, problems);
        if (remembered != null) remembered.keepOnly(files);
        List<Module> modules = chapters.modules(root, problems);
        Strategy s = new Strategy(meta, byKind, modules, ids, fieldPositions, chapters.chapters(root, "front", problems),
                chapters.chapters(root, "annexes", problems));
        return new LoadResult(s, problems, unread);
    }

    /**
     * Why {@code root} cannot be the content folder, with the fix, or empty when it can: it does not exist, it is
     * a file, or it holds no strategy.yaml but a folder in it does (a project root given for its content/
     * folder). One message, instead of the errors reading the wrong folder would give. A folder that has content
     * but has lost its strategy.yaml is not refused here: that is a content error, reported at strategy.yaml.
     */
    public static java.util.Optional<String> folderProblem(Path root) {
        String fix = "--content names the folder that holds strategy.yaml (default: ./content)";
        if (!Files.exists(root)) {
            Path beside = Path.of("content");
            String hint = !root.normalize().equals(beside) && Files.isRegularFile(beside.resolve("strategy.yaml"))
                    ? "; did you mean --content content?" : "; `press init DIR` starts a new strategy";
            return java.util.Optional.of("content folder not found: " + root + "; " + fix + hint);
        }
        if (!Files.isDirectory(root)) {
            Path parent = root.toAbsolutePath().normalize().getParent();
            String hint = root.getFileName() != null && root.getFileName().toString().equals("strategy.yaml") && parent != null
                    ? "; did you mean --content " + shown(parent) + "?" : "";
            return java.util.Optional.of(root + " is a file, not a folder: " + fix + hint);
        }
        if (Files.exists(root.resolve("strategy.yaml"))) return java.util.Optional.empty();
        List<Path> inner = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            s.filter(d -> Files.isRegularFile(d.resolve("strategy.yaml"))).sorted().forEach(inner::add);
        } catch (IOException e) {
            return java.util.Optional.of("content folder " + root + " cannot be read: " + e.getMessage());
        }
        inner.sort(java.util.Comparator.comparing((Path d) -> !d.getFileName().toString().equals("content")));
        if (!inner.isEmpty())
            return java.util.Optional.of(root + " holds no strategy.yaml, but " + shown(inner.get(0).resolve("strategy.yaml"))
                    + " is there: did you mean --content " + shown(inner.get(0)) + "?");
        if (!looksLikeContent(root))
            return java.util.Optional.of(root + " is not a content folder: it holds no strategy.yaml, no modules/ and no "
                    + "YAML file; " + fix + "; `press init DIR` starts a new strategy");
        return java.util.Optional.empty();
    }

    /** Whether a folder without strategy.yaml still holds content: a modules/ folder or a YAML file in it or below. */
    private static boolean looksLikeContent(Path root) {
        if (Files.isDirectory(root.resolve("modules"))) return true;
        try (Stream<Path> walk = Files.walk(root, 4)) {
            return walk.anyMatch(p -> {
                String n = p.getFileName() == null ? "" : p.getFileName().toString();
                return n.endsWith(".yaml") || n.endsWith(".yml");
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return true; // let the loader say what it cannot read
        }
    }

    private static Path realRoot(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new LoadException("content folder " + root + " cannot be read: " + e.getMessage());
        }
    }

    /** A path as the writer would type it: relative to the working directory when under it. */
    private static String shown(Path p) {
        String s = DisplayPaths.of(p).toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
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

    /** What the YAML files add up to while they are read: entities by kind, declared ids, field positions, unread words. */
    record Tables(Map<Kind<?>, List<Entity>> byKind, List<DeclaredId> ids,
                  Map<SourcePosition, Map<String, SourcePosition>> fieldPositions, Set<String> unread) {
    }

    /** What one YAML file adds: what it gave last time when it is unchanged and files are remembered. */
    private FileTables readFile(Path file, Path realRoot, Thread stage) {
        if (stage.isInterrupted()) throw new LoadException("loading stopped (deadline)");
        List<Diagnostic> leaving = new ArrayList<>();
        if (LinkEscape.leaves(realRoot, file, leaving)) return FileTables.problems(leaving);
        RememberedTables memo = remembered;
        return memo == null ? FileTables.of(file, this::readTables) : memo.read(file, () -> FileTables.of(file, this::readTables));
    }

    private void readTables(Path file, Tables into, List<Diagnostic> problems) {
        Map<Kind<?>, List<Entity>> byKind = into.byKind();
        List<DeclaredId> ids = into.ids();
        Set<String> unread = into.unread();
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
                if (e != null) {
                    byKind.computeIfAbsent(spec, k -> new ArrayList<>()).add(e);
                    into.fieldPositions().put(e.at(), c.keyAt());
                }
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
