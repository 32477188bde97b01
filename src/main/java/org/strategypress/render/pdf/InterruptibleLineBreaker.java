package org.strategypress.render.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * The engine's own line breaker (as OpenHTMLtoPDF builds it by default), which also stops the render when its
 * thread is interrupted: layout calls it for every run of text, so a stage past its deadline stops within
 * moments instead of laying out the rest of a huge document. One per render (it holds the current text).
 */
final class InterruptibleLineBreaker implements FSTextBreaker {

    private final FSTextBreaker delegate = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));

    @Override
    public int next() {
        if (Thread.currentThread().isInterrupted()) throw new PdfRenderException("the PDF render was stopped (deadline)");
        return delegate.next();
    }

    @Override
    public void setText(String newText) {
        delegate.setText(newText);
    }
}
