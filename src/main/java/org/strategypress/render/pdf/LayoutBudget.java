package org.strategypress.render.pdf;

/**
 * How much print HTML the documents one {@link PdfRenderer} renders at the same time may hold together, in
 * characters. The engine keeps a document's whole layout and PDF in memory until it has saved it (about 1 MB of
 * live heap a page at x10, most of it PDFBox's objects for the tagged structure and its save), so two large
 * documents side by side need twice the memory of one. A document waits until its size fits beside those being
 * rendered; one alone always goes ahead, however large. Small documents (the sample's two languages) still render
 * side by side.
 */
final class LayoutBudget {

    private final long limit;
    private long inUse;

    /** A budget of {@code limit} characters, at least 1. */
    LayoutBudget(long limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
        this.limit = limit;
    }

    /**
     * Waits until a document of {@code chars} characters fits beside the documents being rendered, then counts it.
     *
     * @return what to hand back to {@link #release} when the document is written
     */
    synchronized long acquire(long chars) throws InterruptedException {
        long n = Math.max(1, Math.min(chars, limit));
        while (!fits(n)) wait();
        inUse += n;
        return n;
    }

    /** Hands back what {@link #acquire} took. */
    synchronized void release(long taken) {
        inUse -= taken;
        notifyAll();
    }

    /** True when a document of {@code chars} characters would be rendered now, beside those being rendered. */
    synchronized boolean fits(long chars) {
        return inUse == 0 || inUse + Math.min(chars, limit) <= limit;
    }
}
