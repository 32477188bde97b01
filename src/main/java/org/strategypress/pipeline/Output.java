package org.strategypress.pipeline;

import java.util.EnumSet;
import java.util.Set;

/** What a build can write. A request names the outputs it wants; later outputs (languages, Word) join this list. */
public enum Output {
    /** The static site, {@code html/}. */
    SITE,
    /** The archival PDF and the print HTML it is made from, {@code pdf/}. */
    PDF,
    /** The data exports, {@code data/} (strategy.json, kpis.csv). */
    DATA,
    /** The editors' JSON Schemas, {@code schema/}. */
    SCHEMAS,
    /** The Word copy, {@code word/strategy-<version>.docx}, made from the same print document as the PDF. */
    WORD,
    /**
     * The review copy, {@code review/strategy-<version>-review.pdf}: the archival pages, not PDF/A, a writing margin, paragraph numbers,
     * change bars; written by {@code press build --review} and by every publish.
     */
    REVIEW;

    /** What {@code press build} writes: everything but the review copy. */
    public static Set<Output> all() {
        return EnumSet.complementOf(EnumSet.of(REVIEW));
    }

    /** Everything, the review copy included: what {@code press publish} and {@code press build --review} write. */
    public static Set<Output> withReview() {
        return EnumSet.allOf(Output.class);
    }

    /** What the preview server rebuilds on every save: the site alone. */
    public static Set<Output> preview() {
        return EnumSet.of(SITE);
    }
}
