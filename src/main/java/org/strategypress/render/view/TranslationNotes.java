package org.strategypress.render.view;

import java.util.Map;

/**
 * The notes a reader sees where a text is not in the output's language: {@code untranslated} beside a text shown in
 * the source language because it has no translation yet, {@code machine} over a chapter a machine translated, for a
 * native speaker to check. English for a language without its own notes.
 */
public record TranslationNotes(String untranslated, String machine) {

    /**
     * Where a plain text (a title, a name) shown in the source language starts and ends in the view: characters of
     * Unicode's private use area, which no shipped font draws and writers have no reason to type; the finished page
     * turns each marked text into an element with class {@code untranslated} (and drops the marks where no element can
     * go: attributes, the page title, SVG, scripts).
     */
    public static final char START = '\uE000';
    public static final char END = '\uE001';

    private static final Map<String, TranslationNotes> BY_LANGUAGE = Map.of(
            "en", new TranslationNotes("not yet translated", "Machine translation, not yet checked by a native speaker."),
            "az", new TranslationNotes("hələ tərcümə olunmayıb",
                    "Maşın tərcüməsidir, hələ dil daşıyıcısı tərəfindən yoxlanılmayıb."));

    /** The notes in {@code language}. */
    public static TranslationNotes in(String language) {
        return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
    }
}
