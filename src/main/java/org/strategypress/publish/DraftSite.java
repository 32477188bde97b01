package org.strategypress.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.strategypress.diff.DiffJson;
import org.strategypress.diff.DiffMarkdown;
import org.strategypress.files.FileTrees;
import org.strategypress.model.StrategyDiff;
import org.strategypress.render.html.TemplateEngine;
import org.strategypress.report.Json;

/**
 * The drafts site: {@code SITE/drafts/<version>/} per published draft (html/, pdf/, review/, word/, data/, changes.md and
 * changes.json, draft.json) and {@code SITE/index.html} listing every draft, newest first, rebuilt from the
 * draft.json files so that earlier drafts stay listed. Publishing a version again replaces only its folder.
 */
public final class DraftSite {

    /** The template of the drafts index, in the templates folder. */
    public static final String INDEX_TEMPLATE = "publish/drafts.ftlh";

    private final Path site;

    public DraftSite(Path site) {
        this.site = site;
    }

    /**
     * Adds (or replaces) the draft built into {@code built} (the output folder of a build), with the changes
     * since an earlier version when there are some. Returns the draft as recorded.
     */
    public Draft add(Path built, StrategyDiff changes) {
        try {
            JsonNode meta = Json.MAPPER.readTree(built.resolve("data/strategy.json").toFile()).get("metadata");
            String version = meta.get("version").asText();
            Path drafts = Files.createDirectories(site.resolve("drafts"));
            String dir = DraftFiles.folderName(version);
            Path staged = Files.createTempDirectory(drafts, "." + dir + ".staging-");
            try {
                for (String part : List.of("html", "pdf", "review", "word", "data")) DraftFiles.copyTree(built.resolve(part), staged.resolve(part));
                if (changes != null) {
                    Files.writeString(staged.resolve("changes.md"), DiffMarkdown.of(changes), StandardCharsets.UTF_8);
                    Files.writeString(staged.resolve("changes.json"), DiffJson.of(changes), StandardCharsets.UTF_8);
                }
                Draft d = new Draft(dir, version, meta.path("status").asText(), meta.path("date").asText(),
                        meta.path("commit").asText(), title(meta.get("title")), first(staged, "pdf", ".pdf"),
                        first(staged, "review", ".pdf"), first(staged, "word", ".docx"), "html/index.html",
                        changes == null ? null : changes.from(), changes == null ? null : "changes.md",
                        changes == null ? null : "changes.json",
                        changes != null && Files.exists(staged.resolve("html/changes.html")) ? "html/changes.html" : null,
                        Instant.now().toString(), latest(meta, "decision"), latest(meta, "by"), latest(meta, "date"));
                Files.writeString(staged.resolve("draft.json"), Json.text(toJson(d)), StandardCharsets.UTF_8);
                DraftFiles.swap(staged, drafts.resolve(dir));
                return d;
            } finally {
                FileTrees.delete(staged);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish into " + site + ": " + e.getMessage(), e);
        }
    }

    /** Every draft with a readable draft.json, newest first (by date, then by publishing time). */
    public List<Draft> drafts() {
        Path drafts = site.resolve("drafts");
        List<Draft> out = new ArrayList<>();
        if (!Files.isDirectory(drafts)) return out;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(drafts, p -> !p.getFileName().toString().startsWith("."))) {
            for (Path d : dirs) {
                Path json = d.resolve("draft.json");
                if (Files.isRegularFile(json)) out.add(fromJson(d.getFileName().toString(), Json.MAPPER.readTree(json.toFile())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the drafts in " + drafts + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(Draft::date).thenComparing(Draft::publishedAt).reversed());
        return out;
    }

    /**
     * Writes {@code SITE/index.html} from every draft.json, through the templates' drafts index, in the words of the
     * newest draft's language (its strategy.json's {@code language}; English without a draft).
     */
    public Path writeIndex(TemplateEngine templates) {
        List<Draft> all = drafts();
        String language = all.isEmpty() ? "en" : language(all.get(0));
        String html = templates.render(INDEX_TEMPLATE, Map.of("drafts", all, "latest", all.isEmpty() ? "" : all.get(0).title(),
                "language", language), language);
        Path index = site.resolve("index.html");
        try {
            Path tmp = Files.createTempFile(site, ".index-", ".html");
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + index + ": " + e.getMessage(), e);
        }
    }

    /** The language the draft is written in first, from its data/strategy.json; "en" when it names none. */
    private String language(Draft d) {
        Path json = site.resolve("drafts").resolve(d.dir()).resolve("data/strategy.json");
        try {
            String tag = Json.MAPPER.readTree(json.toFile()).path("metadata").path("language").asText("");
            return tag.isBlank() ? "en" : tag;
        } catch (IOException e) {
            return "en"; // a draft published without its data: the index still lists it
        }
    }

        /** A field of the last of the draft's reviews, or null when it has none. */
    private static String latest(JsonNode meta, String field) {
        JsonNode reviews = meta.path("reviews");
        if (!reviews.isArray() || reviews.isEmpty()) return null;
        JsonNode v = reviews.get(reviews.size() - 1).get(field);
        return v == null || v.isNull() ? null : field.equals("by") ? title(v) : v.asText();
    }

    /** The first file (by name) in the draft's {@code folder} ending in {@code ext}, as {@code folder/name}; null if none. */
    private static String first(Path draft, String folder, String ext) throws IOException {
        Path dir = draft.resolve(folder);
        if (!Files.isDirectory(dir)) return null;
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(ext)).sorted()
                    .findFirst().map(n -> folder + "/" + n).orElse(null);
        }
    }

    private static String title(JsonNode t) {
        if (t == null || t.isNull()) return "";
        if (t.isTextual()) return t.asText();
        if (t.has("en")) return t.get("en").asText();
        return t.elements().hasNext() ? t.elements().next().asText() : "";
    }

    private static ObjectNode toJson(Draft d) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("schema_version", 1);
        o.put("version", d.version());
        o.put("status", d.status());
        o.put("date", d.date());
        o.put("commit", d.commit());
        o.put("title", d.title());
        o.put("pdf", d.pdf());
        o.put("review", d.review());
        o.put("word", d.word());
        o.put("site", d.site());
        o.put("since", d.since());
        o.put("changes", d.changes());
        o.put("changes_json", d.changesJson());
        o.put("changes_html", d.changesHtml());
        o.put("published_at", d.publishedAt());
        o.put("decision", d.decision());
        o.put("decided_by", d.decidedBy());
        o.put("decided_on", d.decidedOn());
        return o;
    }

    private static Draft fromJson(String dir, JsonNode o) {
        return new Draft(dir, text(o, "version", dir), text(o, "status", ""), text(o, "date", ""), text(o, "commit", ""),
                text(o, "title", ""), text(o, "pdf", null), text(o, "review", null), text(o, "word", null), text(o, "site", null), text(o, "since", null),
                text(o, "changes", null), text(o, "changes_json", null), text(o, "changes_html", null),
                text(o, "published_at", ""), text(o, "decision", null), text(o, "decided_by", null),
                text(o, "decided_on", null));
    }

    private static String text(JsonNode o, String field, String otherwise) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? otherwise : v.asText();
    }
}
