package org.strategypress.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.strategypress.model.DeclaredId;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Entity;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.schema.Kind;

/**
 * What one YAML file adds to the content: its entities by kind in file order, the ids it declares, their field
 * positions, the id-shaped words of what could not be read, and its problems. Files are read each on its own (on
 * every core, and remembered by the preview) and added to the whole in file order, so the result is the one reading
 * them one after the other gives. Immutable: the entities are records, everything else is copied.
 */
record FileTables(Map<Kind<?>, List<Entity>> byKind, List<DeclaredId> ids,
                  Map<SourcePosition, Map<String, SourcePosition>> fieldPositions, Set<String> unread,
                  List<Diagnostic> problems) {

    FileTables {
        Map<Kind<?>, List<Entity>> lists = new HashMap<>();
        byKind.forEach((k, v) -> lists.put(k, List.copyOf(v)));
        byKind = Map.copyOf(lists);
        ids = List.copyOf(ids);
        fieldPositions = Map.copyOf(fieldPositions);
        unread = Set.copyOf(unread);
        problems = List.copyOf(problems);
    }

    /** How a file is read into tables of its own. */
    interface Reader {
        void read(Path file, ContentLoader.Tables into, List<Diagnostic> problems);
    }

    /** What {@code file} adds when {@code reader} reads it. */
    static FileTables of(Path file, Reader reader) {
        ContentLoader.Tables own = new ContentLoader.Tables(new HashMap<>(), new ArrayList<>(), new HashMap<>(), new HashSet<>());
        List<Diagnostic> found = new ArrayList<>();
        reader.read(file, own, found);
        return new FileTables(own.byKind(), own.ids(), own.fieldPositions(), own.unread(), found);
    }

    /** Only problems (a file that is not read: it leads out of the content folder). */
    static FileTables problems(List<Diagnostic> problems) {
        return new FileTables(Map.of(), List.of(), Map.of(), Set.of(), problems);
    }

    /** Adds what the file gave to the whole content read so far. */
    void addTo(ContentLoader.Tables into, List<Diagnostic> allProblems) {
        byKind.forEach((kind, entities) -> into.byKind().computeIfAbsent(kind, k -> new ArrayList<>()).addAll(entities));
        into.ids().addAll(ids);
        into.fieldPositions().putAll(fieldPositions);
        into.unread().addAll(unread);
        allProblems.addAll(problems);
    }
}
