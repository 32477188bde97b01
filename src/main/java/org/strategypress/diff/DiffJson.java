package org.strategypress.diff;

import org.strategypress.model.StrategyDiff;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.strategypress.model.StrategyDiff.ChapterChange;
import org.strategypress.model.StrategyDiff.EntityChange;
import org.strategypress.model.StrategyDiff.FieldChange;
import org.strategypress.report.Json;

/**
 * The diff as JSON: {@code {schema_version, from, to, metadata: [fieldChange], entities: [{kind, id, title,
 * change, fields: [{field, before, after}]}], chapters: [{file, title, title_before, change, lines_added,
 * lines_removed, headings_added, headings_removed}]}}; {@code before}/{@code after} are null when absent.
 */
public final class DiffJson {

    public static final int SCHEMA_VERSION = 1;

    private DiffJson() {
    }

    public static String of(StrategyDiff d) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("from", d.from());
        root.put("to", d.to());
        fields(root.putArray("metadata"), d.metadata());
        ArrayNode entities = root.putArray("entities");
        for (EntityChange e : d.entities()) {
            ObjectNode o = entities.addObject();
            o.put("kind", e.kind());
            o.put("id", e.id());
            o.put("title", e.title());
            o.put("change", e.type());
            fields(o.putArray("fields"), e.fields());
        }
        ArrayNode chapters = root.putArray("chapters");
        for (ChapterChange c : d.chapters()) {
            ObjectNode o = chapters.addObject();
            o.put("file", c.file());
            o.put("title", c.title());
            o.put("title_before", c.titleBefore());
            o.put("change", c.type());
            o.put("lines_added", c.linesAdded());
            o.put("lines_removed", c.linesRemoved());
            c.headingsAdded().forEach(o.putArray("headings_added")::add);
            c.headingsRemoved().forEach(o.putArray("headings_removed")::add);
        }
        return Json.text(root);
    }

    private static void fields(ArrayNode into, java.util.List<FieldChange> fields) {
        for (FieldChange f : fields) {
            ObjectNode o = into.addObject();
            o.put("field", f.field());
            o.put("before", f.before());
            o.put("after", f.after());
        }
    }
}
