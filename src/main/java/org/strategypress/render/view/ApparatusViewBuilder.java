package org.strategypress.render.view;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.strategypress.model.Chapter;
import org.strategypress.model.Reference;
import org.strategypress.model.Review;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Stakeholder;
import org.strategypress.model.Strategy;
import org.strategypress.model.Term;
import org.strategypress.render.view.ApparatusView.AcronymView;
import org.strategypress.render.view.ApparatusView.CitationView;
import org.strategypress.render.view.ApparatusView.FigureView;
import org.strategypress.render.view.ApparatusView.MatterView;
import org.strategypress.render.view.ApparatusView.ReferenceView;
import org.strategypress.render.view.ApparatusView.ReviewView;
import org.strategypress.render.view.ApparatusView.TermView;
import org.strategypress.render.view.Views.LinkView;

/** Builds the {@link ApparatusView} of one output from the model, with that output's links. */
public final class ApparatusViewBuilder {

    private final Strategy s;
    private final ViewBuilder view;
    private final LinkPolicy links;
    private final ModuleViewBuilder chapters;

    public ApparatusViewBuilder(Strategy s, ViewBuilder view, LinkPolicy links, ModuleViewBuilder chapters) {
        this.s = s;
        this.view = view;
        this.links = links;
        this.chapters = chapters;
    }

    /**
     * @param images      for a chapter file's folder and a src as written, the src in the output (null: drop it)
     * @param contentRoot the content folder, so that the front matter's and the written annexes' blocks carry their
     *                    {@code data-src} for the source map (null: they carry none)
     */
    public ApparatusView build(BiFunction<Path, String, String> images, Path contentRoot) {
        List<MatterView> front = new ArrayList<>();
        for (Chapter c : s.front()) {
            String anchor = MatterPages.frontAnchor(c);
            front.add(new MatterView("", c.title(), anchor, MatterPages.frontPage(c),
                    chapters.alone(c, anchor, MatterPages.frontPage(c), view, images, contentRoot)));
        }
        List<MatterView> annexes = new ArrayList<>();
        for (int i = 0; i < s.annexes().size(); i++) {
            Chapter c = s.annexes().get(i);
            String letter = MatterPages.letter(i);
            String anchor = MatterPages.annexAnchor(letter);
            annexes.add(new MatterView(letter, c.title(), anchor, MatterPages.annexPage(letter),
                    chapters.alone(c, anchor, MatterPages.annexPage(letter), view, images, contentRoot)));
        }
        List<FigureView> figures = view.figures().all().stream().map(f -> new FigureView(f.name(), f.label(), view.figure(f.name()))).toList();
        List<ReviewView> reviews = s.meta().reviews().stream().map(r -> review(r, contentRoot)).toList();
        return new ApparatusView(front, annexes, acronyms(contentRoot), glossary(), references(), cites(), figures, reviews,
                src(contentRoot, s.meta().at()));
    }

    /** Terms with an abbreviation, then stakeholders' short names not already listed, by abbreviation. */
    private List<AcronymView> acronyms(Path contentRoot) {
        Map<String, AcronymView> byAbbr = new LinkedHashMap<>();
        for (Term t : s.terms()) {
            String abbr = view.str(t.abbr()).trim();
            if (!abbr.isEmpty()) byAbbr.putIfAbsent(abbr, new AcronymView(abbr, view.str(t.term()), view.link(t.id()).href(),
                    src(contentRoot, s.fieldAt(t, "abbr"))));
        }
        for (Stakeholder st : s.stakeholders()) {
            String abbr = view.str(st.shortName()).trim();
            String name = view.str(st.name());
            if (!abbr.isEmpty() && !abbr.equals(name)) byAbbr.putIfAbsent(abbr, new AcronymView(abbr, name, links.entity(st.id()),
                    src(contentRoot, s.fieldAt(st, "short"))));
        }
        List<AcronymView> out = new ArrayList<>(byAbbr.values());
        out.sort(Comparator.comparing(a -> a.abbr().toLowerCase(Locale.ROOT)));
        return out;
    }

    private List<TermView> glossary() {
        return s.terms().stream().sorted(Citations.GLOSSARY_ORDER.apply(s.meta().language()))
                .map(t -> new TermView(t.id(), view.str(t.term()), view.str(t.abbr()), view.md(t.definition()))).toList();
    }

    private List<ReferenceView> references() {
        Citations c = view.citations();
        Map<String, Reference> byId = new LinkedHashMap<>();
        s.references().forEach(r -> byId.putIfAbsent(r.id(), r));
        List<ReferenceView> out = new ArrayList<>();
        for (String id : c.listed()) {
            Reference r = byId.get(id);
            Integer n = c.number(id);
            List<LinkView> back = c.places(id).stream().map(p -> new LinkView(p.label(), p.label(),
                    p.entityId() != null ? java.util.Objects.requireNonNullElse(view.link(p.entityId()).href(), links.entity(p.entityId())) : links.inPage(p.page(), p.anchor()), "citation")).toList();
            out.add(new ReferenceView(id, n == null ? "" : n.toString(), view.str(r.title()), view.str(r.publisher()),
                    view.str(r.author()), r.year() == null ? "" : r.year().toString(), r.url() == null ? "" : r.url(),
                    r.accessed() == null ? "" : r.accessed(), r.referenceKind() == null ? "" : r.referenceKind(), back));
        }
        return out;
    }

    private Map<String, CitationView> cites() {
        Map<String, CitationView> out = new LinkedHashMap<>();
        for (String id : view.citations().order()) {
            int n = view.citations().number(id);
            LinkView l = view.link(id);
            out.put(id, new CitationView(id, n, "[" + n + "]", l.href(), l.title()));
        }
        return out;
    }

    private ReviewView review(Review r, Path contentRoot) {
        return new ReviewView(r.version(), r.date(), view.str(r.by()), r.decision(), view.str(r.note()), src(contentRoot, r.at()));
    }

    /** {@code file:line:column} of {@code at} for a {@code data-src}, the file relative to the content folder; "" without one. */
    private static String src(Path contentRoot, SourcePosition at) {
        if (contentRoot == null || at == null) return "";
        return ModuleViewBuilder.sourceName(contentRoot, at.file()) + ":" + at.line() + ":" + at.column();
    }
}
