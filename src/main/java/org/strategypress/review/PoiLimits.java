package org.strategypress.review;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.strategypress.render.word.PoiLogging;

/**
 * Limits for every OOXML file read from outside (reviewed Word files, filled-in matrices): an entry that expands
 * more than 100 times its compressed size (a zip bomb), over 100 MB, or over 50 MB of text is refused by POI
 * before it is inflated.
 */
final class PoiLimits {

    static {
        PoiLogging.quiet();
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(50L * 1024 * 1024);
    }

    private PoiLimits() {
    }

    /** Makes sure the limits are set (they are process-wide, set once). */
    static void apply() {
        // the static initialiser did the work
    }
}
