package org.strategypress.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strategypress.model.Chapter;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Module;
import org.strategypress.model.Rule;
import org.strategypress.model.Severity;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Strategy;
import org.strategypress.model.StrategyMeta;
import org.strategypress.model.Text;
import org.strategypress.translate.ChapterStructure;
import org.strategypress.translate.TextField;
import org.strategypress.translate.TranslatableTexts;

/**
 * translation-missing, translation-outdated and translation-structure, for a strategy in more than one language: every
 * text and chapter has a value in every language (a final edition never ships a fallback: there it is an error), every
 * translated chapter records the fingerprint of the source it was translated from, and keeps its structure.
 */
final class TranslationRules implements ValidationRule {

    @Override
    public void check(Strategy s, ValidationContext ctx, List<Diagnostic> out) {
        StrategyMeta m = s.meta();
        if (!m.multilingual()) return;
        String source = m.language();
        StrategyMeta.RuleSetting lowered = m.rules().get(Rule.TRANSLATION_MISSING.code());
        if (m.isFinal() && lowered != null && lowered.severity() != null && lowered.severity() != Severity.ERROR)
            out.add(Rule.BAD_VALUE.at(lowered.at(), "status is final: an approved edition ships no untranslated text, so "
                    + "translation-missing stays an error; remove this setting"));
        // lowered to notes, the texts left to translate are counted per file and language (press translations lists each)
        boolean summarise = !m.isFinal() && lowered != null && lowered.severity() == Severity.INFO;
        for (String lang : m.translations()) {
            Map<Path, List<TextField>> byFile = new LinkedHashMap<>();
            for (TextField t : TranslatableTexts.of(s))
                if (!t.text().hasValueIn(lang)) byFile.computeIfAbsent(at(t, source).file(), f -> new ArrayList<>()).add(t);
            for (List<TextField> texts : byFile.values()) {
                if (summarise && texts.size() > 1) out.add(summary(texts, source, lang));
                else for (TextField t : texts) out.add(missing(m, Rule.TRANSLATION_MISSING.at(at(t, source),
                        describe(t) + " has no '" + lang + "' value: add " + lang + ": beside "
                                + (t.text().hasValueIn(source) ? source + ":" : "it (as {" + source + ": ..., " + lang + ": ...})")
                                + "; until then the " + lang + " edition shows it in " + source + ", marked untranslated")));
            }
        }
        ChapterStructure structure = new ChapterStructure(ctx.markdown);
        for (Module mod : s.modules()) {
            for (Chapter c : mod.chapters()) {
                for (String lang : m.translations()) {
                    Chapter t = c.translations().get(lang);
                    if (t == null) {
                        out.add(missing(m, Rule.TRANSLATION_MISSING.at(c.at(), "chapter " + c.at().file().getFileName()
                                + " has no " + lang + " translation: write " + translationName(c, lang) + " beside it"
                                + "; until then the " + lang + " edition shows it in " + source + ", marked untranslated")));
                        continue;
                    }
                    outdated(c, t, out);
                    for (ChapterStructure.Difference d : structure.compare(c, t))
                        out.add(Rule.TRANSLATION_STRUCTURE.at(d.at(), "the " + d.family() + " of this translation differ from "
                                + c.at().file().getFileName() + ": " + d.message()));
                }
                for (Map.Entry<String, Chapter> e : c.translations().entrySet())
                    if (!m.languages().contains(e.getKey())) out.add(Rule.TRANSLATION_MISSING.at(e.getValue().at(),
                            "this is a translation into '" + e.getKey() + "', which is not one of languages " + m.languages()
                                    + " in strategy.yaml: add it there or remove the file"));
            }
        }
    }

    private static void outdated(Chapter c, Chapter t, List<Diagnostic> out) {
        String now = c.fingerprint();
        if (t.source() == null) out.add(Rule.TRANSLATION_OUTDATED.at(t.at(), "this translation does not say which text of "
                + c.at().file().getFileName() + " it was translated from: add 'source: " + now
                + "' to its front matter once it matches that text"));
        else if (!t.source().equals(now)) out.add(Rule.TRANSLATION_OUTDATED.at(t.sourceAt(), "source: " + t.source()
                + " is not the fingerprint of " + c.at().file().getFileName() + " any more (now " + now
                + "): its text changed since this was translated; update the translation, then write source: " + now));
    }

    /** One note for the texts of one file left untranslated into one language, at the first of them. */
    private static Diagnostic summary(List<TextField> texts, String source, String lang) {
        SourcePosition first = at(texts.get(0), source);
        return Rule.TRANSLATION_MISSING.at(first, texts.size() + " texts in " + first.file().getFileName()
                + " have no '" + lang + "' value yet, the first here (" + describe(texts.get(0))
                + "); press translations lists them all, and until they are written the " + lang
                + " edition shows them untranslated");
    }

    /** Where a text stands: at its source-language value when it has one. */
    private static SourcePosition at(TextField t, String source) {
        return t.text().positionOf(t.text().hasValueIn(source) ? source : Text.ANY);
    }

    /** A final edition never ships a fallback: there a missing translation is an error. */
    private static Diagnostic missing(StrategyMeta m, Diagnostic d) {
        return m.isFinal() ? d.withSeverity(Severity.ERROR) : d;
    }

    private static String describe(TextField t) {
        return t.kind().equals(TranslatableTexts.STRATEGY) ? "strategy.yaml's " + t.field() : t.id() + "'s " + t.field();
    }

    private static String translationName(Chapter c, String lang) {
        String name = c.at().file().getFileName().toString();
        return name.substring(0, name.length() - ".md".length()) + "." + lang + ".md";
    }
}
