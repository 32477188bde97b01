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
    SCHEMAS;

    /** Everything {@code press build} writes. */
    public static Set<Output> all() {
        return EnumSet.allOf(Output.class);
    }

    /** What the preview server rebuilds on every save: the site alone. */
    public static Set<Output> preview() {
        return EnumSet.of(SITE);
    }
}
