package org.strategypress.render.pdf;

/**
 * How {@link PdfRenderer} lays out a document: as one piece, or, when it is large, in parts rendered side by
 * side and joined (see {@link PartedRender}). The engine keeps the whole layout in memory until it writes
 * (about 3 MB a page), so a large document in one piece needs a heap the default JVM does not give.
 *
 * <p>Sizes are counted in characters of the print HTML: about 6,700 characters make a page of the
 * synthetic corpora. One piece is faster (no join: x10, 813 pages, 18 s in one piece against 27 s in parts)
 * as long as the heap can hold its layout, so the default threshold follows the heap: a document goes to parts
 * when its estimated layout (2 MB a page, measured at x10 with the serial collector) would pass half the
 * maximum heap (about 1,500 pages with this machine's default 6 GB heap). The default part (400,000
 * characters) is some 60 pages, a few hundred MB of engine memory each.
 *
 * @param partsAboveChars print HTML longer than this is rendered in parts; 0 renders every document in parts
 * @param partChars       the largest module fragment one part should hold (a single block larger than this
 *                        still becomes one part)
 * @param threads         parts rendered at the same time, at least 1 (also bounds the memory in use)
 * @param togetherChars   the print HTML the documents rendered at the same time may hold together (each language's
 *                        PDF, the review copy); a document that does not fit waits, one alone always goes ahead
 */
public record PdfOptions(long partsAboveChars, int partChars, int threads, long togetherChars) {

    /** System property overriding {@link #partsAboveChars}, e.g. {@code -Dpress.pdf.partsAbove=0}. */
    public static final String PARTS_ABOVE = "press.pdf.partsAbove";
    /** System property overriding {@link #partChars}. */
    public static final String PART_SIZE = "press.pdf.partSize";
    /** System property overriding {@link #threads}. */
    public static final String THREADS = "press.pdf.threads";
    /** System property overriding {@link #togetherChars}. */
    public static final String TOGETHER = "press.pdf.together";

    static final long CHARS_PER_PAGE = 6_700;
    static final long BYTES_PER_PAGE = 2L * 1024 * 1024;
    static final int DEFAULT_PART_CHARS = 400_000;
    /**
     * About 600 pages laid out at once: the sample's two languages (2.4 M characters) render side by side, x10's two
     * (15 M) one after the other, which with bin/press's collector options took x10's peak from 3.4-3.8 GB to
     * 1.46-1.49 GB (docs/performance.md).
     */
    static final long DEFAULT_TOGETHER_CHARS = 4_000_000;

    public PdfOptions {
        if (partsAboveChars < 0) throw new IllegalArgumentException("partsAboveChars must be 0 or more");
        if (partChars < 1) throw new IllegalArgumentException("partChars must be at least 1");
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (togetherChars < 1) throw new IllegalArgumentException("togetherChars must be at least 1");
    }

    /** The same options with another {@link #togetherChars}. */
    public PdfOptions withTogetherChars(long chars) {
        return new PdfOptions(partsAboveChars, partChars, threads, chars);
    }

    /** The defaults, each overridable by its system property; two threads at most (memory), fewer on one core. */
    public static PdfOptions fromSystemProperties() {
        int cores = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        return new PdfOptions(Long.getLong(PARTS_ABOVE, partsAboveFor(Runtime.getRuntime().maxMemory())),
                Integer.getInteger(PART_SIZE, DEFAULT_PART_CHARS), Integer.getInteger(THREADS, cores),
                Long.getLong(TOGETHER, DEFAULT_TOGETHER_CHARS));
    }

    /** The largest print HTML rendered in one piece with a heap of {@code maxHeapBytes}: its layout stays under half of it. */
    static long partsAboveFor(long maxHeapBytes) {
        return Math.max(1_000_000, maxHeapBytes / 2 / BYTES_PER_PAGE * CHARS_PER_PAGE);
    }

    /** Every document in parts of at most {@code partChars}: for tests of the parted path on small documents. */
    public static PdfOptions alwaysInParts(int partChars) {
        return new PdfOptions(0, partChars, 2, DEFAULT_TOGETHER_CHARS);
    }

    /** True when print HTML of this length is rendered in parts. */
    boolean inParts(int htmlChars) {
        return htmlChars > partsAboveChars;
    }
}
