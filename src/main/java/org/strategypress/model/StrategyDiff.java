package org.strategypress.model;

import java.util.List;

/**
 * What changed between two versions of the content: the document's metadata, entities (by kind and id;
 * assessments and visions by pillar) and chapters (by file). Unchanged things are not listed. Plain data,
 * used as it is by the text, Markdown and JSON writers and by the templates.
 */
public record StrategyDiff(String from, String to, List<FieldChange> metadata, List<EntityChange> entities,
                           List<ChapterChange> chapters) {

    public StrategyDiff {
        metadata = List.copyOf(metadata);
        entities = List.copyOf(entities);
        chapters = List.copyOf(chapters);
    }

    /** True when nothing changed. */
    public boolean isEmpty() {
        return metadata.isEmpty() && entities.isEmpty() && chapters.isEmpty();
    }

    public List<EntityChange> added() {
        return entities.stream().filter(e -> e.type().equals(EntityChange.ADDED)).toList();
    }

    public List<EntityChange> removed() {
        return entities.stream().filter(e -> e.type().equals(EntityChange.REMOVED)).toList();
    }

    public List<EntityChange> changed() {
        return entities.stream().filter(e -> e.type().equals(EntityChange.CHANGED)).toList();
    }

    /** One field, before and after; {@code before} is null when the field was added, {@code after} when removed. */
    public record FieldChange(String field, String before, String after) {
    }

    /** An entity added, removed or changed; {@code fields} lists the changed fields (empty unless changed). */
    public record EntityChange(String kind, String id, String title, String type, List<FieldChange> fields) {
        public static final String ADDED = "added";
        public static final String REMOVED = "removed";
        public static final String CHANGED = "changed";

        public EntityChange {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A chapter added, removed or changed, by its file relative to the content folder: lines added and
     * removed, its title before and after, and headings that appeared or disappeared; {@code changedLines} are
     * the lines of the new file (1-based) that are new or changed, or follow lines removed: where change bars go.
     */
    public record ChapterChange(String file, String title, String titleBefore, String type, int linesAdded,
                                int linesRemoved, List<String> headingsAdded, List<String> headingsRemoved,
                                List<Integer> changedLines) {
        public ChapterChange {
            headingsAdded = List.copyOf(headingsAdded);
            headingsRemoved = List.copyOf(headingsRemoved);
            changedLines = List.copyOf(changedLines);
        }

        /** A change without line positions. */
        public ChapterChange(String file, String title, String titleBefore, String type, int linesAdded,
                             int linesRemoved, List<String> headingsAdded, List<String> headingsRemoved) {
            this(file, title, titleBefore, type, linesAdded, linesRemoved, headingsAdded, headingsRemoved, List.of());
        }

        /** True when the chapter's title changed. */
        public boolean retitled() {
            return titleBefore != null && !titleBefore.equals(title);
        }
    }
}
