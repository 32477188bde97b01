package org.strategypress.export;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.strategypress.model.Chapter;
import org.strategypress.model.Entity;
import org.strategypress.model.Module;
import org.strategypress.model.Strategy;
import org.strategypress.model.StrategyMeta;
import org.strategypress.model.Text;
import org.strategypress.report.Json;
import org.strategypress.values.Backlinks;
import org.strategypress.model.schema.Kind;
import org.strategypress.values.EntityValues;

/**
 * {@code data/strategy.json}: metadata, every entity by kind with every field, its references and its
 * backlinks, and the modules with their chapters. The format is documented in docs/exports.md.
 */
public final class StrategyJson {

    /** Bumped when a field is renamed or removed, or changes meaning; adding fields keeps the version. */
    public static final int SCHEMA_VERSION = 1;

    private StrategyJson() {
    }

    public static JsonNode of(Strategy s, ExportInfo info, Path contentRoot) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
        root.set("metadata", metadata(s.meta(), info));
        Backlinks backlinks = new Backlinks(s);
        ObjectNode entities = root.putObject("entities");
        for (Map.Entry<String, List<Entity>> kind : EntityValues.byKind(s, Kind.Use.EXPORT).entrySet()) {
            ArrayNode list = entities.putArray(kind.getKey());
            for (Entity e : kind.getValue()) {
                ObjectNode o = (ObjectNode) Json.MAPPER.valueToTree(EntityValues.fields((Record) e));
                o.set("references", Json.MAPPER.valueToTree(EntityValues.references((Record) e)));
                o.set("backlinks", Json.MAPPER.valueToTree(backlinks.of(e.id())));
                list.add(o);
            }
        }
        ArrayNode modules = root.putArray("modules");
        for (Module m : s.modules()) modules.add(module(m, contentRoot));
        return root;
    }

    private static ObjectNode metadata(StrategyMeta m, ExportInfo info) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.set("title", text(m.title()));
        o.set("subtitle", text(m.subtitle()));
        o.set("country", text(m.country()));
        o.put("language", m.language());
        o.put("status", m.status());
        o.put("version", info.version());
        o.put("commit", info.commit());
        o.put("date", DateTimeFormatter.ISO_INSTANT.format(info.date().atOffset(ZoneOffset.UTC).toInstant()));
        ObjectNode horizon = o.putObject("horizon");
        horizon.put("from", m.horizonFrom());
        horizon.put("to", m.horizonTo());
        o.set("prepared_by", Json.MAPPER.valueToTree(EntityValues.value(m.preparedBy())));
        var reviews = o.putArray("reviews");
        for (var r : m.reviews()) {
            ObjectNode ro = reviews.addObject();
            ro.put("version", r.version());
            ro.put("date", r.date());
            ro.set("by", text(r.by()));
            ro.put("decision", r.decision());
            ro.set("note", text(r.note()));
        }
        return o;
    }

    private static JsonNode text(Text t) {
        return Json.MAPPER.valueToTree(EntityValues.value(t));
    }

    private static ObjectNode module(Module m, Path contentRoot) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("number", m.number());
        o.put("slug", m.slug());
        o.put("title", m.title());
        ArrayNode chapters = o.putArray("chapters");
        for (Chapter c : m.chapters()) {
            ObjectNode ch = chapters.addObject();
            ch.put("title", c.title());
            ch.put("order", c.order());
            ch.put("file", relative(contentRoot, c.at().file()));
        }
        return o;
    }

    /** A content file's path relative to the content folder, with forward slashes. */
    public static String relative(Path contentRoot, Path file) {
        Path root = contentRoot.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }

    static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
