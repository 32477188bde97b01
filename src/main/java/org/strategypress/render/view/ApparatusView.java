package org.strategypress.render.view;

import java.util.List;
import java.util.Map;

import org.strategypress.render.view.Views.LinkView;
import org.strategypress.render.view.Views.ModuleView;

/**
 * The document's apparatus as templates see it: front matter and written annexes (rendered like modules), the
 * acronyms, the glossary, the references with the numbers citations show and the places that cite them, the key
 * figures, and the document control. {@code cites} maps each cited reference's id to its citation, for templates
 * that show a {@code source} field. {@code src}: where strategy.yaml is, {@code file:line:column} as the print
 * HTML's {@code data-src} says it (the cover's; "" without a content folder).
 */
public record ApparatusView(List<MatterView> front, List<MatterView> annexes, List<AcronymView> acronyms,
                            List<TermView> glossary, List<ReferenceView> references, Map<String, CitationView> cites,
                            List<FigureView> figures, List<ReviewView> reviews, String src) {

    public ApparatusView {
        front = List.copyOf(front);
        annexes = List.copyOf(annexes);
        acronyms = List.copyOf(acronyms);
        glossary = List.copyOf(glossary);
        references = List.copyOf(references);
        cites = Map.copyOf(cites);
        figures = List.copyOf(figures);
        reviews = List.copyOf(reviews);
    }

    /** No apparatus (a document built without one). */
    public static final ApparatusView NONE = new ApparatusView(List.of(), List.of(), List.of(), List.of(), List.of(),
            Map.of(), List.of(), List.of(), "");

    /**
     * A front-matter chapter ({@code letter} empty) or a written annex (lettered): its title, its anchor in the
     * print document, its page on the site, and its body rendered as a module's.
     */
    public record MatterView(String letter, String title, String anchor, String href, ModuleView body) {
    }

    /**
     * An abbreviation, what it stands for, and where that is explained (a term or a stakeholder); {@code src}: where
     * the abbreviation is written, as {@code data-src} says it ("" without a content folder).
     */
    public record AcronymView(String abbr, String expansion, String href, String src) {
    }

    public record TermView(String id, String term, String abbr, String definitionHtml) {
    }

    /**
     * A reference as the references annex lists it: {@code number} empty when nothing cites it; {@code citedAt}
     * links back to each place that cites it.
     */
    public record ReferenceView(String id, String number, String title, String publisher, String author, String year,
                                String url, String accessed, String kind, List<LinkView> citedAt) {
    }

    /** A citation: its label ({@code [3]}), where the reference is listed, and the reference's title. */
    public record CitationView(String id, int number, String label, String href, String title) {
    }

    public record FigureView(String name, String label, String value) {
    }

    /** One entry of the document control; {@code src}: where it is written in strategy.yaml, as {@code data-src} says it. */
    public record ReviewView(String version, String date, String by, String decision, String note, String src) {
    }
}
