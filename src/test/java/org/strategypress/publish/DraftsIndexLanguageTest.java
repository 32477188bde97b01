package org.strategypress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.render.html.TemplateEngine;
import org.strategypress.testing.SampleBuild;

/** The drafts index of {@code press publish} speaks the language of the newest draft (its strategy.json's language). */
class DraftsIndexLanguageTest {

    @TempDir
    Path site;

    @Test
    void anAzerbaijaniDraftGetsAnAzerbaijaniIndex() throws IOException {
        draft("v1", "az", "Rəqəmsal İnkişaf Strategiyası");
        Document index = Jsoup.parse(new DraftSite(site).writeIndex(new TemplateEngine(SampleBuild.TEMPLATES)).toFile());
        assertEquals("az", index.selectFirst("html").attr("lang"));
        assertEquals("Rəqəmsal İnkişaf Strategiyası: layihələr", index.selectFirst("h1").text());
        assertEquals("Dərc edilmiş layihələr, ən yenisi əvvəldə", index.selectFirst("caption").text());
        assertEquals("Layihə", index.selectFirst("tr.draft .status").text());
        assertEquals("sayt", index.selectFirst("tr.draft a.site").text());
    }

    @Test
    void anEnglishDraftKeepsTheEnglishIndex() throws IOException {
        draft("v1", "en", "Digital Strategy");
        Document index = Jsoup.parse(new DraftSite(site).writeIndex(new TemplateEngine(SampleBuild.TEMPLATES)).toFile());
        assertEquals("en", index.selectFirst("html").attr("lang"));
        assertEquals("Digital Strategy: drafts", index.selectFirst("h1").text());
        assertEquals("Published drafts, newest first", index.selectFirst("caption").text());
    }

    private void draft(String version, String language, String title) throws IOException {
        Path d = Files.createDirectories(site.resolve("drafts").resolve(version).resolve("data"));
        Files.writeString(d.resolve("strategy.json"), """
                {"metadata": {"version": "%s", "language": "%s"}}
                """.formatted(version, language));
        Files.writeString(d.resolveSibling("draft.json"), """
                {"version": "%s", "status": "draft", "date": "2026-11-30T00:00:00Z", "commit": "abc1234567",
                 "title": "%s", "pdf": "pdf/strategy.pdf", "site": "html/index.html", "published_at": "2026-11-30T00:00:00Z"}
                """.formatted(version, title));
    }
}
