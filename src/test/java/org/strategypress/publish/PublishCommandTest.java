package org.strategypress.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.report.Json;
import org.strategypress.testing.ScratchRepo;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/** {@code press publish}: two tagged drafts published into one site, both listed, newest first, with working links. */
class PublishCommandTest {

    @TempDir
    Path repoDir;

    @TempDir
    Path site;

    @Test
    void twoTaggedDraftsAreListedNewestFirstWithWorkingLinks() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(repoDir);
        ScratchRepo repo = ScratchRepo.init(repoDir).commit("first draft").tag("v1");
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("{year: 2030, value: 3000}", "{year: 2030, value: 3500}"));
        repo.commit("second draft").tag("v2");

        repo.checkout("v1");
        assertEquals(0, publish(strategy).exitCode());
        byte[] v1Pdf = Files.readAllBytes(site.resolve("drafts/v1/pdf/strategy-v1.pdf"));
        repo.checkout("v2");
        CliRun second = publish(strategy, "--since", "v1");

        assertEquals(0, second.exitCode(), second.err());
        Document index = Jsoup.parse(site.resolve("index.html").toFile());
        List<Element> rows = index.select("tr.draft");
        assertEquals(2, rows.size(), index.html());
        assertEquals("v2", rows.get(0).child(0).text());
        assertEquals("v1", rows.get(1).child(0).text());
        assertEquals("Draft", rows.get(0).child(1).text(), "the status word of the bundle (shown in capitals by the CSS)");
        for (Element a : index.select("a.pdf, a.review-copy, a.word, a.site, a.changes"))
            assertTrue(Files.isRegularFile(site.resolve(a.attr("href"))), "link works: " + a.attr("href"));
        assertEquals("drafts/v2/pdf/strategy-v2.pdf", rows.get(0).selectFirst("a.pdf").attr("href"));
        assertEquals("drafts/v1/pdf/strategy-v1.pdf", rows.get(1).selectFirst("a.pdf").attr("href"));
        assertEquals(List.of("PDF", "review copy", "Word", "site"), rows.get(0).select("td.read a").eachText());
        assertEquals("drafts/v2/review/strategy-v2-review.pdf", rows.get(0).selectFirst("a.review-copy").attr("href"));
        assertEquals("drafts/v2/word/strategy-v2.docx", rows.get(0).selectFirst("a.word").attr("href"));
        assertEquals("drafts/v1/review/strategy-v1-review.pdf", rows.get(1).selectFirst("a.review-copy").attr("href"));
        assertEquals("drafts/v1/word/strategy-v1.docx", rows.get(1).selectFirst("a.word").attr("href"));
        assertTrue(Files.readString(site.resolve("drafts/v1/pdf/strategy-v1.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertEquals("drafts/v2/html/changes.html", rows.get(0).selectFirst("a.changes").attr("href"));
        assertTrue(Files.readString(site.resolve("drafts/v2/changes.md")).contains("| `targets[2030].value` | 3000 | 3500 |"));
        assertTrue(Files.exists(site.resolve("drafts/v2/changes.json")));
        assertTrue(Files.exists(site.resolve("drafts/v2/data/strategy.json")));
        assertArrayEquals(v1Pdf, Files.readAllBytes(site.resolve("drafts/v1/pdf/strategy-v1.pdf")), "v1 untouched");
        var draft = Json.MAPPER.readTree(site.resolve("drafts/v2/draft.json").toFile());
        assertEquals("v2", draft.get("version").asText());
        assertEquals("v1", draft.get("since").asText());
        assertEquals(10, draft.get("commit").asText().length());
    }

    @Test
    void publishingAVersionAgainReplacesOnlyThatDraft() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(repoDir);
        ScratchRepo repo = ScratchRepo.init(repoDir).commit("first draft").tag("v1");
        Files.createDirectories(site.resolve("drafts/v0"));
        Files.writeString(site.resolve("drafts/v0/draft.json"), """
                {"version": "v0", "status": "draft", "date": "2025-06-01T00:00:00Z", "commit": "abc", "pdf": "pdf/old.pdf",
                 "site": "html/index.html", "published_at": "2025-06-01T00:00:00Z"}
                """);
        Files.writeString(site.resolve("drafts/v0/keep.txt"), "earlier draft\n");

        assertEquals(0, publish(strategy).exitCode());
        Files.writeString(site.resolve("drafts/v1/stale.txt"), "from the first publish\n");
        CliRun again = publish(strategy);

        assertEquals(0, again.exitCode(), again.err());
        assertTrue(Files.notExists(site.resolve("drafts/v1/stale.txt")), "the draft folder was replaced");
        assertEquals("earlier draft\n", Files.readString(site.resolve("drafts/v0/keep.txt")));
        List<Element> rows = Jsoup.parse(site.resolve("index.html").toFile()).select("tr.draft");
        assertEquals(List.of("v1", "v0"), rows.stream().map(r -> r.child(0).text()).toList());
        assertEquals(List.of("PDF", "site"), rows.get(1).select("td.read a").eachText(),
                "a draft published before review and Word copies links none");
        assertTrue(repo.git("status", "--porcelain").isEmpty(), "publishing leaves the repository clean");
    }

    @Test
    void aFailingBuildLeavesTheSiteAsItWas() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(repoDir)
                .write("content/kpis.yaml", StrategyFixture.KPIS.replace("owner: MDDT", "owner: MDTT"));

        CliRun run = publish(strategy);

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error[dangling-ref]"), run.err());
        assertTrue(Files.notExists(site.resolve("index.html")));
    }

    private CliRun publish(StrategyFixture strategy, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("publish", "--site", site.toString(), "--content",
                strategy.content().toString(), "--templates", "templates"));
        args.addAll(List.of(extra));
        return strategy.press(args.toArray(String[]::new));
    }
}
