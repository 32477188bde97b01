package org.strategypress.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.report.Json;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/** {@code press translations} counts what is translated, missing and outdated, each at its file and line. */
class TranslationsCommandTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void bilingual() {
        strategy = StrategyFixture.in(dir)
                .write("content/strategy.yaml", StrategyFixture.STRATEGY.replace("title: Digital Economy Strategy",
                        "title: {en: Digital Economy Strategy, az: Rəqəmsal İqtisadiyyat Strategiyası}") + "languages: [en, az]\n")
                .write("content/modules/1-intro/01-introduction.az.md", """
                        ---
                        source: 000000000000
                        translation: machine
                        ---
                        # Giriş

                        Bu strategiya rəqəmsal bacarıqları inkişaf etdirir ([[SKILLS]]).
                        """);
    }

    @Test
    void theTextReportCountsPerKindAndListsWhatIsLeft() {
        CliRun r = strategy.press("translations", "--content", strategy.content().toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Translation into az (from en)"), r.out());
        assertTrue(r.out().matches("(?s).*\\n  strategy +1 +1 +0\\n.*"), "title translated, country not:\n" + r.out());
        assertTrue(r.out().contains(strategy.file("content/pillars.yaml") + ":3  pillars/SKILLS/title"), r.out());
        String fp = new org.strategypress.pipeline.Pipeline().load(strategy.content()).strategy().modules().get(0)
                .chapters().get(0).fingerprint();
        assertTrue(r.out().contains(fp + "  outdated  01-introduction.az.md (machine)"), r.out());
    }

    @Test
    void jsonAndCsvCarryTheSameStates() throws Exception {
        CliRun json = strategy.press("translations", "--content", strategy.content().toString(), "--format", "json");
        JsonNode az = Json.MAPPER.readTree(json.out()).get("languages").get(0);
        assertEquals("az", az.get("language").asText());
        assertEquals(1, az.get("chapterCounts").get("outdated").asInt());
        assertEquals(1, az.get("kinds").get("strategy").get("translated").asInt());
        CliRun csv = strategy.press("translations", "--content", strategy.content().toString(), "--format", "csv");
        List<String> rows = csv.out().lines().toList();
        assertEquals("language,kind,id,field,state,file,line,column,fingerprint", rows.get(0));
        assertTrue(rows.contains("az,strategy,,title,translated," + strategy.file("content/strategy.yaml") + ",1,43,"), csv.out());
        int texts = az.get("texts").size() + az.get("chapters").size();
        assertEquals(texts, rows.size() - 1, "one row per text and chapter");
    }

    @Test
    void unreadableContentGivesItsErrorsNotAReport() {
        strategy.write("content/pillars.yaml", "pillars: [\n");
        CliRun r = strategy.press("translations", "--content", strategy.content().toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("pillars.yaml:"), r.err());
        assertEquals("", r.out());
    }
}
