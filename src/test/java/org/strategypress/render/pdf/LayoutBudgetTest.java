package org.strategypress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Large documents are written one after the other, small ones side by side, chosen from their sizes; a PDF that
 * waited for another is the same file as one written alone.
 */
class LayoutBudgetTest {

    @Test
    void twoDocumentsLargerTogetherThanTheBudgetAreWrittenOneAfterTheOther() throws Exception {
        LayoutBudget budget = new LayoutBudget(4_000_000);
        long en = budget.acquire(2_000_000);
        assertTrue(budget.fits(1_400_000), "the sample's two languages (2.4 M characters) render side by side");
        assertFalse(budget.fits(2_500_000), "a second document that does not fit beside the first waits");
        budget.release(en);
        assertTrue(budget.fits(2_500_000), "and goes ahead once the first is written");
    }

    @Test
    void aDocumentLargerThanTheBudgetGoesAheadAloneAndTheNextWaitsForIt() throws Exception {
        LayoutBudget budget = new LayoutBudget(4_000_000);
        long x10 = budget.acquire(8_400_000); // returns at once: nothing else is being written
        assertFalse(budget.fits(100_000), "beside a document as large as the budget nothing else is laid out");
        budget.release(x10);
        assertTrue(budget.fits(8_400_000));
    }

    @Test
    void pdfsWrittenOneAfterTheOtherAreTheSameBytesAsWrittenSideBySide() throws Exception {
        PrintDocument doc = PdfRendererTest.doc(Fixtures.read("fixture-print.html"), PdfRendererTest.META);
        PdfRenderer oneAtATime = new PdfRenderer(PdfOptions.fromSystemProperties().withTogetherChars(1));
        CompletableFuture<byte[]> first = CompletableFuture.supplyAsync(() -> render(oneAtATime, doc));
        CompletableFuture<byte[]> second = CompletableFuture.supplyAsync(() -> render(oneAtATime, doc));
        byte[] alone = render(new PdfRenderer(), doc);
        assertArrayEquals(alone, first.get());
        assertArrayEquals(alone, second.get());
    }

    private static byte[] render(PdfRenderer renderer, PrintDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(doc, out);
        return out.toByteArray();
    }
}
