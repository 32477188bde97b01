package org.strategypress.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.strategypress.model.Chapter;
import org.strategypress.model.SourcePosition;

/**
 * The apparatus and the second language of a synthetic strategy (version 2 of the content model): references that
 * the chapters cite, terms with abbreviations that the chapters use, and Azerbaijani translations of the first
 * chapter of every module (marked as machine translations, with the fingerprint of the text they translate).
 */
final class ApparatusTables {

    /** References and terms per unit of scale. */
    static final int REFERENCES = 8;
    static final int TERMS = 8;
    private static final String[] REFERENCE_KINDS = {"report", "law", "dataset", "web", "article"};

    private final Plan plan;
    private final Prose prose;

    ApparatusTables(Plan plan, Prose prose) {
        this.plan = plan;
        this.prose = prose;
    }

    /** The ids of the references, {@code REF-1} ... */
    static List<String> references(Plan plan) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= REFERENCES * plan.scale; i++) out.add("REF-" + i);
        return out;
    }

    /** The abbreviation of term {@code i}: {@code SXA}, {@code SXB}, ... two letters after the S, so never a word. */
    static String abbreviation(int i) {
        return "S" + (char) ('X' + i / 26 / 26 % 3) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
    }

    /** How many terms carry an abbreviation (every other one). */
    static int abbreviations(Plan plan) {
        return TERMS * plan.scale / 2;
    }

    void write(Map<String, String> files) {
        files.put("reference/references.yaml", referencesFile());
        files.put("reference/terms.yaml", termsFile());
    }

    private String referencesFile() {
        YamlOut y = new YamlOut().kind("references");
        List<String> ids = references(plan);
        for (int i = 0; i < ids.size(); i++) {
            String kind = REFERENCE_KINDS[i % REFERENCE_KINDS.length];
            y.item(0, "id", ids.get(i))
                    .text(0, "title", "Synthetic " + kind + " " + (i + 1) + ": " + prose.phrase(4))
                    .text(0, "publisher", "Synthetic " + prose.word() + " office")
                    .raw(0, "year", Integer.toString(prose.between(2015, 2026)));
            if (kind.equals("web") || kind.equals("dataset")) y.text(0, "url", "example.org/synthetic/" + (i + 1));
            y.raw(0, "kind", kind);
        }
        return y.toString();
    }

    private String termsFile() {
        YamlOut y = new YamlOut().kind("terms");
        List<String> refs = references(plan);
        for (int i = 0; i < TERMS * plan.scale; i++) {
            y.item(0, "id", "TERM-" + (i + 1));
            if (i % 2 == 0) {
                y.text(0, "term", prose.phrase(3) + " office " + (i / 2 + 1)).raw(0, "abbr", abbreviation(i / 2));
            } else {
                y.text(0, "term", prose.phrase(2) + " " + (i / 2 + 1));
            }
            y.prose(0, "definition", prose.sentence(prose.pick(refs)));
        }
        return y.toString();
    }

    /** A sentence that cites one reference and uses one abbreviation, for a chapter's section. */
    String citingSentence() {
        String abbr = abbreviation(prose.nextInt(abbreviations(plan)));
        String sentence = prose.sentence(prose.pick(references(plan)));
        return "The " + abbr + " " + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /**
     * The Azerbaijani translation of a chapter: the same structure (sections, directives, links, table, footnote),
     * its headings and title in Azerbaijani, marked as a machine translation of {@code body}.
     */
    String translation(String title, int order, String body) {
        String fingerprint = new Chapter(title, order, body, 1, "", SourcePosition.of(Path.of("chapter.md"))).fingerprint();
        StringBuilder b = new StringBuilder("---\ntitle: ").append(YamlOut.quote(prose.azPhrase() + " (sintetik fəsil " + order + ")"))
                .append("\norder: ").append(order).append("\nsource: ").append(fingerprint)
                .append("\ntranslation: machine\n---\n\n");
        int section = 0;
        for (String line : body.split("\n", -1)) {
            if (line.startsWith("## ")) b.append("## ").append(prose.azPhrase()).append(" (bölmə ").append(++section).append(')');
            else b.append(line);
            b.append('\n');
        }
        return b.toString().replaceAll("\n+$", "\n");
    }
}
