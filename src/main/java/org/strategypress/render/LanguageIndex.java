package org.strategypress.render;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Entities;
import org.strategypress.model.Rule;
import org.strategypress.model.SourcePosition;

/**
 * {@code html/index.html} of a multilingual site: each language's site is in {@code html/<language>/}; this page
 * sends a reader to the source language's and lists every language, for readers without the redirect.
 */
public final class LanguageIndex {

    /** Each language's name in that language, for the links; an unknown tag is shown as written. */
    private static final Map<String, String> NAMES = Map.of("en", "English", "az", "Azərbaycan dilində",
            "ru", "Русский", "tr", "Türkçe", "fr", "Français", "de", "Deutsch");

    private LanguageIndex() {
    }

    /** Writes {@code html/index.html} under {@code out}, for the languages of {@code editions} (source first). */
    public static Rendered write(OutputFolder out, List<RenderInputs> editions) {
        OutputFolder html = out.resolve("html");
        String source = editions.get(0).language();
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(esc(source)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta http-equiv=\"refresh\" content=\"0; url=")
                .append(esc(source)).append("/index.html\">\n<title>")
                .append(esc(editions.get(0).strategy().meta().title().in(source))).append("</title>\n</head>\n<body>\n<ul>\n");
        for (RenderInputs e : editions) {
            String lang = e.language();
            b.append("<li><a href=\"").append(esc(lang)).append("/index.html\" lang=\"").append(esc(lang))
                    .append("\" hreflang=\"").append(esc(lang)).append("\">").append(esc(NAMES.getOrDefault(lang, lang)))
                    .append("</a></li>\n");
        }
        b.append("</ul>\n</body>\n</html>\n");
        try {
            html.write("index.html", b.toString());
        } catch (IOException e) {
            throw new RenderException(Rule.OUTPUT.at(SourcePosition.of(html.dir()), "cannot write the site: " + e.getMessage()));
        }
        return new Rendered(List.of(html.dir().resolve("index.html")), List.of());
    }

    /** The name of a language in that language, as the language switcher shows it. */
    public static String nameOf(String lang) {
        return NAMES.getOrDefault(lang, lang);
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }
}
