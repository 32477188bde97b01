package org.strategypress.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.strategypress.model.DeclaredId;
import org.strategypress.model.DisplayPaths;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Entity;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.schema.Kind;

/**
 * What each YAML file gave the last time it was read, for the next load by the same loader (the preview server's
 * rebuilds, where one file changed and the others did not). Reading a file depends on nothing but its bytes and
 * the path diagnostics name it by: what it adds (entities by kind in file order, declared ids, field positions,
 * unread words, problems) is kept with the bytes, and added again while the bytes are the same. The entities are
 * immutable records and everything else is copied, so a load cannot change what a later load is given.
 */
final class RememberedTables {

    /** What one file added, and the bytes and shown path it was read from. */
    private record Remembered(byte[] bytes, Path shown, Map<Kind<?>, List<Entity>> byKind, List<DeclaredId> ids,
                              Map<SourcePosition, Map<String, SourcePosition>> fieldPositions, Set<String> unread,
                              List<Diagnostic> problems) {

        void addTo(ContentLoader.Tables into, List<Diagnostic> allProblems) {
            byKind.forEach((kind, entities) -> into.byKind().computeIfAbsent(kind, k -> new ArrayList<>()).addAll(entities));
            into.ids().addAll(ids);
            into.fieldPositions().putAll(fieldPositions);
            into.unread().addAll(unread);
            allProblems.addAll(problems);
        }
    }

    private final Map<Path, Remembered> files = new ConcurrentHashMap<>();

    /**
     * Adds what {@code file} gives to {@code into} and {@code problems}: as remembered when its bytes are those of last
     * time, else by {@code read} (into empty tables first, remembered for the next load).
     */
    void read(Path file, ContentLoader.Tables into, List<Diagnostic> problems,
              BiConsumer<ContentLoader.Tables, List<Diagnostic>> read) {
        byte[] bytes = bytesOf(file);
        Path shown = DisplayPaths.of(file);
        Remembered last = files.get(file);
        if (bytes != null && last != null && last.shown().equals(shown) && Arrays.equals(last.bytes(), bytes)) {
            last.addTo(into, problems);
            return;
        }
        ContentLoader.Tables own = new ContentLoader.Tables(new HashMap<>(), new ArrayList<>(), new HashMap<>(), new HashSet<>());
        List<Diagnostic> found = new ArrayList<>();
        read.accept(own, found);
        Remembered now = new Remembered(bytes, shown, copied(own.byKind()), List.copyOf(own.ids()),
                Map.copyOf(own.fieldPositions()), Set.copyOf(own.unread()), List.copyOf(found));
        if (bytes == null) files.remove(file);
        else files.put(file, now);
        now.addTo(into, problems);
    }

    /** Forgets the files a load no longer read (deleted or renamed). */
    void keepOnly(Collection<Path> read) {
        files.keySet().retainAll(Set.copyOf(read));
    }

    private static Map<Kind<?>, List<Entity>> copied(Map<Kind<?>, List<Entity>> byKind) {
        Map<Kind<?>, List<Entity>> out = new HashMap<>();
        byKind.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    /** The file's bytes, or null when it cannot be read or is too large to be read at all (then it is read anew). */
    private static byte[] bytesOf(Path file) {
        try {
            return Files.size(file) > YamlReader.MAX_BYTES ? null : Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }
}
