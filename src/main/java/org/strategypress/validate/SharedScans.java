package org.strategypress.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.strategypress.markdown.ImagePlacements;
import org.strategypress.markdown.MarkdownDialect;

/**
 * The Markdown texts of a strategy, parsed once each by whichever validating thread takes them first. Two rules
 * that walk the same texts in the same order on two threads would otherwise meet on one text after another, the
 * second waiting for the first's parse each time: taking texts from one shared list, longest first, keeps both
 * threads parsing different texts until none is left.
 */
final class SharedScans {

    private final MarkdownDialect markdown;
    private final List<String> texts;
    private final AtomicInteger next = new AtomicInteger();

    SharedScans(MarkdownDialect markdown, List<ImagePlacements.MarkdownText> texts) {
        this.markdown = markdown;
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (ImagePlacements.MarkdownText t : texts) distinct.add(t.markdown());
        List<String> longestFirst = new ArrayList<>(distinct);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        this.texts = longestFirst;
    }

    /** Parses the texts no thread has taken yet, one after another, until every text is taken. */
    void help() {
        for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) markdown.scan(texts.get(i));
    }
}
