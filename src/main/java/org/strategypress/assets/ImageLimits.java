package org.strategypress.assets;

import java.util.Map;

import org.strategypress.model.StrategyMeta.RuleSetting;

/**
 * How large an image may be before it is refused: in pixels (width times height, as its header declares
 * them) and in bytes on disk. Defaults: 40 megapixels and 20 MB; {@code rules: max_image_megapixels} and
 * {@code rules: max_image_mb} in strategy.yaml change them.
 *
 * <p>The pixel limit is what bounds memory: a decoder holds about four bytes a pixel, so 40 megapixels is
 * about 160 MB however small the file is.
 */
public record ImageLimits(long maxPixels, long maxBytes) {

    public static final String MEGAPIXELS = "max_image_megapixels";
    public static final String MEGABYTES = "max_image_mb";
    public static final int DEFAULT_MEGAPIXELS = 40;
    public static final int DEFAULT_MEGABYTES = 20;
    public static final ImageLimits DEFAULT = new ImageLimits(DEFAULT_MEGAPIXELS * 1_000_000L, DEFAULT_MEGABYTES * 1024L * 1024L);

    /** The limits set in {@code rules:}, the defaults for those not set. */
    public static ImageLimits of(Map<String, RuleSetting> rules) {
        if (rules == null) return DEFAULT;
        return new ImageLimits(number(rules.get(MEGAPIXELS), DEFAULT_MEGAPIXELS) * 1_000_000L,
                number(rules.get(MEGABYTES), DEFAULT_MEGABYTES) * 1024L * 1024L);
    }

    private static long number(RuleSetting s, int fallback) {
        return s == null || s.number() == null ? fallback : s.number();
    }

    /** The pixel limit as a writer reads it, e.g. "40 megapixels". */
    String pixelsText() {
        return maxPixels % 1_000_000L == 0 ? maxPixels / 1_000_000L + " megapixels" : maxPixels + " pixels";
    }

    /** The size limit as a writer reads it, e.g. "20 MB". */
    String bytesText() {
        return maxBytes % (1024L * 1024L) == 0 ? maxBytes / (1024L * 1024L) + " MB" : maxBytes + " bytes";
    }
}
