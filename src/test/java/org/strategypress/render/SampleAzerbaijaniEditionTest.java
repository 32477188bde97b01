package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.strategypress.testing.SampleBuild;
import org.strategypress.testing.StrategyFixture;

/** The sample's Azerbaijani edition, half translated: what is still in English is marked, and only in the text. */
class SampleAzerbaijaniEditionTest {

    @Test
    void theContentsAndBookmarksNameAnUntranslatedHeadingWithoutItsNote() throws IOException {
        Document print = StrategyFixture.parse(azPrintHtml());
        List<Element> marked = print.select("section.module h1, section.module h2, section.module h3").stream()
                .filter(h -> h.selectFirst(".untranslated-note") != null).toList();
        assertFalse(marked.isEmpty(), "the sample's principles have no Azerbaijani titles yet");
        for (Element h : marked) {
            Element entry = print.selectFirst("nav.toc a[href=#" + h.id() + "]");
            assertNotNull(entry, h.id());
            assertFalse(entry.text().contains("tərcümə"), entry.text());
            assertTrue(entry.text().endsWith(h.selectFirst(".untranslated").text()), entry.text());
            assertFalse(print.selectFirst("bookmark[href=#" + h.id() + "]").attr("name").contains("tərcümə"));
        }
    }

    @Test
    void tablesFiguresAndAnnexesAreNumberedInAzerbaijani() throws IOException {
        Document print = StrategyFixture.parse(azPrintHtml());
        assertTrue(print.select("table.data > caption > span.capnum").eachText().stream().allMatch(t -> t.matches("Cədvəl [\\dA-Z]+\\.\\d+\\.")),
                print.select("table.data > caption > span.capnum").eachText().toString());
        assertTrue(print.select("figure.chart figcaption > span.capnum").eachText().stream().allMatch(t -> t.matches("Şəkil \\d+\\.\\d+\\.")));
        assertFalse(print.select("figure.chart figcaption > span.capnum").isEmpty());
        assertTrue(print.select("section.annex h1 > span.secnum").eachText().stream().allMatch(t -> t.matches("Əlavə [A-Z]")),
                print.select("section.annex h1 > span.secnum").eachText().toString());
    }

    private static Path azPrintHtml() throws IOException {
        try (Stream<Path> s = Files.list(SampleBuild.out().resolve("pdf"))) {
            return s.filter(p -> p.getFileName().toString().endsWith("-az.html")).findFirst().orElseThrow();
        }
    }
}
