package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;

/**
 * The tool names no country: the country and its reference framework come from strategy.yaml
 * ({@code country}, {@code framework}), in the site and the PDF alike.
 */
class CountryNeutralTest {

    @TempDir
    static Path dir;
    static StrategyFixture strategy;

    @BeforeAll
    static void build() {
        strategy = StrategyFixture.in(dir)
                .write("content/strategy.yaml", """
                        title: Digital Economy Strategy
                        country: Freedonia
                        status: draft
                        horizon: {from: 2026, to: 2030}
                        framework:
                          title: "Freedonia 2035: National Priorities"
                          short: Freedonia 2035
                        """)
                .write("content/benchmarks.yaml", StrategyFixture.BENCHMARKS.replace("""
                            summary: Skills taught from school onwards.
                        """, """
                            summary: Skills taught from school onwards.
                            lessons: [Start early]
                            metrics:
                              - {name: ICT specialists, value: 6.7, home_value: 1.2, year: 2023, source: Eurostat}
                        """))
                .write("content/modules/2-benchmarking/01-examples.md", """
                        # Benchmarking

                        {{benchmarks}}

                        {{benchmark-table}}
                        """)
                .write("content/modules/3-vision/01-vision.md", """
                        # Vision and gaps

                        No directive here: this module gets its default blocks.
                        """);
        strategy.build();
    }

    @Test
    void benchmarksCompareWithTheStrategysCountry() {
        for (Document d : List.of(strategy.page("module-2.html"), strategy.print())) {
            String text = d.select("section.module, main").text();
            assertTrue(text.contains("Lessons for Freedonia"), text);
            assertTrue(text.contains("Estonia: figures beside Freedonia"), text);
            assertTrue(text.contains("Benchmark metrics beside Freedonia's value"), text);
            assertEquals("Freedonia", d.selectFirst("table.metrics thead th:eq(2)").text());
        }
        Document page = strategy.page("BM-EE.html");
        assertTrue(page.text().contains("Lessons for Freedonia") && page.text().contains("Figures beside Freedonia"), page.text());
    }

    @Test
    void theNationalTargetsAreNamedAfterTheFrameworkStrategyYamlGives() {
        Document m3 = strategy.page("module-3.html");
        assertTrue(m3.select("div.block-national-targets > .block-title").text().contains("Freedonia 2035 national targets"),
                m3.select(".block-title").text());
    }

    @Test
    void noTemplateAndNoCodeOutsideTheSampleGeneratorNamesAzerbaijan() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        List<Path> named;
        try (Stream<Path> files = Stream.concat(Files.walk(root.resolve("templates")), Files.walk(root.resolve("src/main")))) {
            named = files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(root.resolve("src/main/java/org/strategypress/generate")))
                    .filter(f -> !f.startsWith(root.resolve("src/main/resources/strategy-press/init/content")))
                    .filter(f -> !f.toString().endsWith(".ttf"))
                    .filter(CountryNeutralTest::namesAzerbaijan).map(root::relativize).toList();
        }
        assertEquals(List.of(), named);
    }

    private static boolean namesAzerbaijan(Path f) {
        try {
            // the country's name; the language's name ("Azerbaijani", the az bundle and collation) is no country
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
                    .replace("azerbaijani", "").replace("azerbaijan-facts", "");
            return text.contains("azerbaijan");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
