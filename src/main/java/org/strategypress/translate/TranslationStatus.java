package org.strategypress.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strategypress.model.Chapter;
import org.strategypress.model.Module;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Strategy;
import org.strategypress.model.Text;

/**
 * How far the translation of a strategy is, language by language: every translatable text and every chapter,
 * translated, missing or (chapters) outdated, each at its file and line; chapters with their current fingerprint (what
 * a translation's {@code source:} should say). Texts carry no fingerprint in the content model, so only chapters can
 * be outdated.
 */
public record TranslationStatus(String source, List<Edition> editions) {

    public TranslationStatus {
        editions = List.copyOf(editions);
    }

    /** The states of a text or chapter in one language. */
    public enum State { TRANSLATED, MISSING, OUTDATED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One text in one language: where its source value is, and where its translation is when it has one. */
    public record TextState(TextField text, State state, SourcePosition at) {
    }

    /**
     * One chapter in one language: the source file, its fingerprint now, the translation (or null), what the translation
     * says it was made from ({@code recorded}, or null) and how it was made ({@code machine}, {@code human} or null).
     */
    public record ChapterState(SourcePosition source, String fingerprint, SourcePosition translation, String recorded,
                               String translatedBy, State state) {
    }

    /** Counts of one group (a kind, the chapters, or everything). */
    public record Counts(int translated, int missing, int outdated) {
        Counts plus(State s) {
            return new Counts(translated + (s == State.TRANSLATED ? 1 : 0), missing + (s == State.MISSING ? 1 : 0),
                    outdated + (s == State.OUTDATED ? 1 : 0));
        }

        public int total() {
            return translated + missing + outdated;
        }
    }

    /** One language's translation. */
    public record Edition(String language, List<TextState> texts, List<ChapterState> chapters) {
        public Edition {
            texts = List.copyOf(texts);
            chapters = List.copyOf(chapters);
        }

        /** Counts per kind, in registry order ({@code strategy} first). */
        public Map<String, Counts> byKind() {
            Map<String, Counts> out = new LinkedHashMap<>();
            for (TextState t : texts) out.merge(t.text().kind(), new Counts(0, 0, 0).plus(t.state()),
                    (a, b) -> new Counts(a.translated() + b.translated(), a.missing() + b.missing(), a.outdated() + b.outdated()));
            return out;
        }

        public Counts chapterCounts() {
            Counts c = new Counts(0, 0, 0);
            for (ChapterState s : chapters) c = c.plus(s.state());
            return c;
        }

        public Counts overall() {
            Counts c = chapterCounts();
            for (TextState t : texts) c = c.plus(t.state());
            return c;
        }
    }

    /** The status of every language of {@code s} but its source. */
    public static TranslationStatus of(Strategy s) {
        String source = s.meta().language();
        List<TextField> texts = TranslatableTexts.of(s);
        List<Edition> editions = new ArrayList<>();
        for (String lang : s.meta().translations()) {
            List<TextState> ts = new ArrayList<>();
            for (TextField t : texts) {
                Text x = t.text();
                boolean has = x.hasValueIn(lang);
                ts.add(new TextState(t, has ? State.TRANSLATED : State.MISSING,
                        has ? x.positionOf(lang) : x.positionOf(x.hasValueIn(source) ? source : Text.ANY)));
            }
            List<ChapterState> cs = new ArrayList<>();
            for (Module m : s.modules()) {
                for (Chapter c : m.chapters()) {
                    Chapter t = c.translations().get(lang);
                    String fp = c.fingerprint();
                    if (t == null) cs.add(new ChapterState(c.at(), fp, null, null, null, State.MISSING));
                    else cs.add(new ChapterState(c.at(), fp, t.at(), t.source(), t.translatedBy(),
                            fp.equals(t.source()) ? State.TRANSLATED : State.OUTDATED));
                }
            }
            editions.add(new Edition(lang, ts, cs));
        }
        return new TranslationStatus(source, editions);
    }
}
