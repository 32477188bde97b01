package org.strategypress.render.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.strategypress.markdown.BlockCatalog;
import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.markdown.MarkdownRef;
import org.strategypress.model.Chapter;
import org.strategypress.model.Entity;
import org.strategypress.model.Module;
import org.strategypress.model.Ref;
import org.strategypress.model.Strategy;
import org.strategypress.model.Term;
import org.strategypress.model.Text;
import org.strategypress.model.schema.CitingFields;
import org.strategypress.model.schema.Kind;
import org.strategypress.model.schema.Kinds;
import org.strategypress.model.schema.RecordFields;

/**
 * The one numbering of citations, the same for the site and the PDF: references are numbered in the order the
 * printed document first cites them. It is read in document order: front matter, each module's chapters (a
 * directive's block cites at its place, through the entities it shows: their prose and their sources; a module
 * without directives shows its default blocks at its end), then the written annexes, then the glossary. A
 * reference cited only by an entity that no block shows is numbered after those, in registry order. Each citation also records where it
 * stands, for the references annex to link back to, in the words and chapter titles of the output's language.
 */
public final class Citations {

    /** Which kinds of entity a block shows with their prose or sources, in the order it shows them. */
    private static final Map<String, List<String>> BLOCK_KINDS = Map.ofEntries(
            Map.entry("assessments", List.of("assessments")), Map.entry("trends", List.of("trends")),
            Map.entry("benchmarks", List.of("benchmarks")), Map.entry("benchmark-table", List.of("benchmarks")),
            Map.entry("visions", List.of("visions")), Map.entry("gaps", List.of("gaps")),
            Map.entry("national-targets", List.of("national_targets")), Map.entry("principles", List.of("principles")),
            Map.entry("initiatives", List.of("initiatives")), Map.entry("kpi-table", List.of("kpis")));

    /**
     * Where a reference is cited: a chapter ({@code anchor} in the site page {@code page}) or an entity ({@code entityId}).
     */
    public record Place(String label, String anchor, String page, String entityId) {
    }

    /**
     * The words that name a place in the output's language, from its message bundle: {@code module} turns a module's
     * number into "Module 1" ({@code caption.module}), {@code annex} an annex's letter into "Annex A"
     * ({@code caption.annex}).
     */
    public record Words(UnaryOperator<String> module, UnaryOperator<String> annex) {
    }

    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, Set<Place>> places = new LinkedHashMap<>();
    private final Set<String> referenceIds = new LinkedHashSet<>();
    private final MarkdownDialect markdown;
    private final String lang;
    private final String edition;
    private final Words words;

    private Citations(Strategy s, MarkdownDialect markdown, String edition, Words words) {
        this.markdown = markdown;
        this.lang = s.meta().language();
        this.edition = edition;
        this.words = words;
        s.references().forEach(r -> referenceIds.add(r.id()));
        if (referenceIds.isEmpty()) return;
        for (Chapter c : s.front())
            chapter(s, c, new Place(c.in(edition).title(), MatterPages.frontAnchor(c), MatterPages.frontPage(c), null), false, 0);
        for (Module m : s.modules()) module(s, m);
        for (int i = 0; i < s.annexes().size(); i++) {
            Chapter c = s.annexes().get(i);
            String letter = MatterPages.letter(i);
            chapter(s, c, new Place(words.annex().apply(letter) + ", " + c.in(edition).title(), MatterPages.annexAnchor(letter),
                    MatterPages.annexPage(letter), null), false, 0);
        }
        // the glossary, a generated annex, shows the terms' definitions in the order of their names
        s.terms().stream().sorted(GLOSSARY_ORDER.apply(lang)).forEach(t -> entity(Kinds.TERMS, t));
        for (Map.Entry<Kind<?>, List<Entity>> k : s.entities().entrySet())
            for (Entity e : k.getValue()) entity(k.getKey(), e);
    }

    /** The order of the glossary: by term, ignoring case, in the document's language. */
    static final java.util.function.Function<String, java.util.Comparator<Term>> GLOSSARY_ORDER =
            lang -> java.util.Comparator.comparing(t -> t.term().in(lang).toLowerCase(java.util.Locale.ROOT));

    /**
     * The citations of a strategy, their places named with {@code words} and the chapter titles of {@code edition} (the
     * output's language); none when it declares no references. The numbers are those of the source language's text.
     */
    public static Citations of(Strategy s, MarkdownDialect markdown, String edition, Words words) {
        return new Citations(s, markdown, edition, words);
    }

    /** The number of a cited reference, or null when nothing cites it (or it is no reference). */
    public Integer number(String referenceId) {
        return numbers.get(referenceId);
    }

    /** The ids of the cited references, by number. */
    public List<String> order() {
        return List.copyOf(numbers.keySet());
    }

    /** Where a reference is cited, in document order, each place once. */
    public List<Place> places(String referenceId) {
        return List.copyOf(places.getOrDefault(referenceId, Set.of()));
    }

    /** The reference a source value cites: the value when it is a reference's id, else null. */
    public String citedBy(Text source) {
        if (source == null) return null;
        String v = source.in(lang).trim();
        return referenceIds.contains(v) ? v : null;
    }

    private void module(Strategy s, Module m) {
        boolean anyBlock = false;
        for (Chapter c : m.chapters()) {
            Place at = new Place(words.module().apply(Integer.toString(m.number())) + ", " + c.in(edition).title(),
                    m.anchor() + "-" + c.slug(),
                    "module-" + m.number() + ".html", null);
            anyBlock |= chapter(s, c, at, true, m.number());
        }
        if (!anyBlock) for (String b : BlockCatalog.defaults(m.number())) block(s, b, null);
    }

    /** Cites what a chapter cites, blocks included; true when it places a block. */
    private boolean chapter(Strategy s, Chapter c, Place at, boolean inModule, int module) {
        boolean anyBlock = false;
        for (MarkdownRef r : markdown.scan(c.body())) {
            if (r.type() == MarkdownRef.Type.WIKI) cite(r.target(), at);
            else if (r.type() == MarkdownRef.Type.DIRECTIVE && r.directive() != null) {
                anyBlock = true;
                block(s, r.directive().name(), r.directive().arg("pillar"));
            }
        }
        return anyBlock;
    }

    private void block(Strategy s, String name, String pillar) {
        for (String key : BLOCK_KINDS.getOrDefault(name, List.of())) {
            Kind<?> kind = Kinds.byKey(key).orElseThrow();
            for (Entity e : s.entities().get(kind)) if (pillar == null || inPillar(e, pillar)) entity(kind, e);
        }
    }

    private void entity(Kind<?> kind, Entity e) {
        Place at = new Place(e.id(), null, null, e.id());
        for (CitingFields.Field f : CitingFields.of(kind, e)) {
            if (!f.markdown()) {
                String id = citedBy(f.text());
                if (id != null) cite(id, at);
                continue;
            }
            for (Map.Entry<String, String> v : f.text().byLanguage().entrySet()) {
                if (!v.getKey().equals(lang) && !v.getKey().equals(Text.ANY) && f.text().byLanguage().size() > 1) continue;
                for (MarkdownRef r : markdown.scan(v.getValue())) if (r.type() == MarkdownRef.Type.WIKI) cite(r.target(), at);
            }
        }
    }

    /** True when the entity's {@code pillar} or {@code pillars} names the pillar. */
    private static boolean inPillar(Entity e, String pillar) {
        for (RecordFields.Component c : RecordFields.of(e.getClass()).components()) {
            if (!c.yamlName().equals("pillar") && !c.yamlName().equals("pillars")) continue;
            Object v = c.read(e);
            if (v instanceof Ref r && r.id().equals(pillar)) return true;
            if (v instanceof List<?> l && l.stream().anyMatch(x -> x instanceof Ref r && r.id().equals(pillar))) return true;
        }
        return false;
    }

    private void cite(String id, Place at) {
        if (!referenceIds.contains(id)) return;
        numbers.putIfAbsent(id, numbers.size() + 1);
        places.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(at);
    }

    /** Every reference, cited ones first by number, then the others in the order written. */
    public List<String> listed() {
        List<String> out = new ArrayList<>(numbers.keySet());
        for (String id : referenceIds) if (!numbers.containsKey(id)) out.add(id);
        return out;
    }
}
