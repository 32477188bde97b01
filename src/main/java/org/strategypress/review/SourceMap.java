package org.strategypress.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.strategypress.model.Entity;
import org.strategypress.model.Strategy;
import org.strategypress.report.Json;

/**
 * {@code data/sourcemap.json}: where each paragraph number and each entity id of one draft was written. Files are
 * relative to the content folder; {@code commit} is the commit the draft was built from, so a comment on an old
 * draft can be followed to the lines as they were then.
 *
 * @param paragraphs in document order
 * @param entities   by id, in the order the strategy lists them
 * @param entries    the rows and parts of the apparatus that were written somewhere of their own, in document order
 */
public record SourceMap(String version, String commit, List<Paragraph> paragraphs, Map<String, Place> entities,
                        List<Entry> entries) {

    /** The file name under {@code data/}. */
    public static final String FILE = "sourcemap.json";
    /** Longest paragraph text kept, enough to recognise a quotation from it. */
    private static final int MAX_TEXT = 2000;

    public SourceMap {
        paragraphs = List.copyOf(paragraphs);
        entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        entries = List.copyOf(entries);
    }

    /**
     * One numbered block: its number (3.2.4), its anchor id in the print HTML, what it is ({@code p}, {@code table},
     * or {@code block:NAME} for a generated block), where it was written (file null when generated with no
     * directive, such as an annex) and its text.
     */
    public record Paragraph(String number, String anchor, String kind, Place at, String text) {
    }

    /**
     * A part of the document written somewhere of its own but not numbered: a row of the document control or of the
     * acronyms (in strategy.yaml, terms.yaml ...), the cover; {@code number} is the numbered block it is in (the
     * acronyms' table), null when it is in none (the cover and the document control come before the first number).
     * A comment on it is told from one on its neighbours by the words of its line ({@code text}).
     */
    public record Entry(String number, Place at, String text) {
    }

    /** A file relative to the content folder (null: nowhere), with a 1-based line and column (0: the whole file). */
    public record Place(String file, int line, int column) {
        static final Place NOWHERE = new Place(null, 0, 0);

        /** {@code file:line:column}, as the print HTML's {@code data-src} says it. */
        static Place parse(String src) {
            if (src == null || src.isEmpty()) return NOWHERE;
            String[] p = src.split(":");
            if (p.length < 3) return new Place(src, 0, 0);
            try {
                String file = String.join(":", java.util.Arrays.copyOf(p, p.length - 2));
                return new Place(file, Integer.parseInt(p[p.length - 2]), Integer.parseInt(p[p.length - 1]));
            } catch (NumberFormatException e) {
                return new Place(src, 0, 0);
            }
        }
    }

    /** A map without entries (one written before the apparatus carried its sources). */
    public SourceMap(String version, String commit, List<Paragraph> paragraphs, Map<String, Place> entities) {
        this(version, commit, paragraphs, entities, List.of());
    }

    /** The map of a finished print document (paragraph numbers set) and its strategy. */
    public static SourceMap of(Document print, Strategy strategy, Path contentRoot, String version, String commit) {
        Map<String, Place> entities = new LinkedHashMap<>();
        Path root = contentRoot.toAbsolutePath().normalize();
        strategy.identified().forEach(en -> entities.putIfAbsent(en.id(), place(en, root)));
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Element e : print.select("[data-para]")) {
            String kind = e.hasClass("block") ? "block:" + blockName(e) : e.tagName();
            Place at = Place.parse(e.attr("data-src"));
            if (at.file() == null) at = entityOf(e, entities);
            if (at.file() == null) at = Place.parse(nearestSource(e));
            String text = e.text();
            paragraphs.add(new Paragraph(e.attr("data-para"), e.id(), kind, at,
                    text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text));
        }
        List<Entry> entries = new ArrayList<>();
        for (Element e : print.select("[data-src]:not([data-para]):not(h1, h2, h3, h4, h5, h6)")) {
            Element in = e.closest("[data-para]");
            String text = e.text();
            entries.add(new Entry(in == null ? null : in.attr("data-para"), Place.parse(e.attr("data-src")),
                    text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text));
        }
        entries.addAll(listed(print, entities));
        return new SourceMap(version, commit, paragraphs, entities, entries);
    }

    /**
     * The lines of the contents and of the lists of tables and figures, each at where what it lists was written: a
     * heading, a chapter's title or a module's (its first chapter's) at its line, a table or a figure at the block it
     * is in. They come before the first number, like the cover; a line that lists what was written nowhere of its
     * own has no entry, and a comment on it stays listed, not placed.
     */
    private static List<Entry> listed(Document print, Map<String, Place> entities) {
        Elements links = print.select("nav.toc a[href^=#], nav.lot a[href^=#], nav.lof a[href^=#]");
        Set<String> wanted = new HashSet<>();
        for (Element a : links) wanted.add(a.attr("href").substring(1));
        Map<String, Element> targets = new HashMap<>();
        if (!wanted.isEmpty())
            for (Element e : print.select("[id]")) if (wanted.contains(e.id())) targets.putIfAbsent(e.id(), e);
        List<Entry> out = new ArrayList<>();
        for (Element a : links) {
            Element target = targets.get(a.attr("href").substring(1));
            Place at = target == null ? Place.NOWHERE : listedAt(target, entities);
            if (at.file() != null) out.add(new Entry(null, at, a.text()));
        }
        return out;
    }

    private static Place listedAt(Element target, Map<String, Place> entities) {
        Place at = Place.parse(target.attr("data-src"));
        if (at.file() != null) return at;
        Element block = target.closest("[data-para]");
        if (block != null && !block.attr("data-src").isEmpty()) return Place.parse(block.attr("data-src"));
        return block == null ? Place.NOWHERE : entityOf(block, entities);
    }

    /**
     * A numbered block written nowhere of its own (a glossary term's definition, a reference, a KPI's sheet): where
     * the entity whose id it, or the nearest element around it, carries (as its id or its {@code data-entity}) was
     * written.
     */
    private static Place entityOf(Element e, Map<String, Place> entities) {
        for (Element x = e; x != null && !x.tagName().equals("body"); x = x.parent()) {
            Place p = entities.get(x.hasAttr("data-entity") ? x.attr("data-entity") : x.id());
            if (p != null) return p;
            if (x.hasClass("module")) break;
        }
        return Place.NOWHERE;
    }

    /** The paragraph with this number. */
    public Optional<Paragraph> paragraph(String number) {
        return paragraphs.stream().filter(p -> p.number().equals(number)).findFirst();
    }

    /** Writes {@code dir/sourcemap.json}; returns the file. */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", version);
        out.put("commit", commit);
        List<Object> ps = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", p.number());
            m.put("anchor", p.anchor());
            m.put("kind", p.kind());
            put(m, p.at());
            m.put("text", p.text());
            ps.add(m);
        }
        out.put("paragraphs", ps);
        Map<String, Object> es = new LinkedHashMap<>();
        entities.forEach((id, at) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, at);
            es.put(id, m);
        });
        out.put("entities", es);
        List<Object> en = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", e.number());
            put(m, e.at());
            m.put("text", e.text());
            en.add(m);
        }
        out.put("entries", en);
        Path file = dir.resolve(FILE);
        Files.writeString(file, Json.text(out), StandardCharsets.UTF_8);
        return file;
    }

    /** Reads a map written by {@link #write}; a file that is not one gives a {@link ReviewException}. */
    public static SourceMap read(Path file) {
        try {
            JsonNode root = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !root.path("paragraphs").isArray())
                throw new ReviewException(file + ": not a source map (no \"paragraphs\" list)");
            List<Paragraph> ps = new ArrayList<>();
            for (JsonNode p : root.path("paragraphs"))
                ps.add(new Paragraph(p.path("number").asText(), p.path("anchor").asText(), p.path("kind").asText(),
                        place(p), p.path("text").asText()));
            Map<String, Place> es = new LinkedHashMap<>();
            root.path("entities").fields().forEachRemaining(e -> es.put(e.getKey(), place(e.getValue())));
            List<Entry> en = new ArrayList<>();
            for (JsonNode e : root.path("entries"))
                en.add(new Entry(e.hasNonNull("number") ? e.path("number").asText() : null, place(e), e.path("text").asText()));
            return new SourceMap(root.path("version").asText(""), root.path("commit").asText(""), ps, es, en);
        } catch (IOException e) {
            throw new ReviewException(file + ": cannot read the source map: " + e.getMessage());
        }
    }

    private static Place place(JsonNode n) {
        return n.hasNonNull("file") ? new Place(n.path("file").asText(), n.path("line").asInt(), n.path("column").asInt())
                : Place.NOWHERE;
    }

    private static void put(Map<String, Object> m, Place at) {
        m.put("file", at.file());
        m.put("line", at.line());
        m.put("column", at.column());
    }

    private static Place place(Entity e, Path root) {
        Path abs = e.at().file().toAbsolutePath().normalize();
        String file = (abs.startsWith(root) ? root.relativize(abs) : abs.getFileName()).toString().replace('\\', '/');
        return new Place(file, e.at().line(), e.at().column());
    }

    private static String blockName(Element block) {
        for (String c : block.classNames()) if (c.startsWith("block-")) return c.substring("block-".length());
        return "block";
    }

    /** A block placed with no directive of its own: the chapter it closes, by the nearest source before it. */
    private static String nearestSource(Element e) {
        Element chapter = e.closest("section.chapter");
        if (chapter == null) return "";
        Element src = chapter.selectFirst("[data-src]");
        if (src == null) return "";
        Place p = Place.parse(src.attr("data-src"));
        return p.file() + ":0:0";
    }
}
