package org.strategypress.render.view;

import java.util.Locale;

import org.strategypress.model.Chapter;

/**
 * Anchors and site pages of what is not a module: the front matter (unnumbered, before module 1), the written
 * annexes (lettered A, B, ...) and the generated annexes (acronyms, glossary, references).
 */
public final class MatterPages {

    /** The site's list of acronyms. */
    public static final String ACRONYMS = "acronyms.html";
    /** The site's glossary. */
    public static final String GLOSSARY = "glossary.html";
    /** The site's list of references. */
    public static final String REFERENCES = "references.html";

    private MatterPages() {
    }

    /** The anchor of a front-matter chapter, such as {@code front-executive-summary}. */
    public static String frontAnchor(Chapter c) {
        return "front-" + c.slug();
    }

    /** The site page of a front-matter chapter. */
    public static String frontPage(Chapter c) {
        return frontAnchor(c) + ".html";
    }

    /** The letter of the annex at this position (0: A), continuing AA, AB... beyond Z. */
    public static String letter(int index) {
        String l = String.valueOf((char) ('A' + index % 26));
        return index < 26 ? l : letter(index / 26 - 1) + l;
    }

    /** The anchor of the written annex with this letter, such as {@code annex-a}. */
    public static String annexAnchor(String letter) {
        return "annex-" + letter.toLowerCase(Locale.ROOT);
    }

    /** The site page of the written annex with this letter. */
    public static String annexPage(String letter) {
        return annexAnchor(letter) + ".html";
    }
}
