package org.strategypress.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.cli.Main;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Rule;
import org.strategypress.model.Severity;
import org.strategypress.model.Strategy;
import org.strategypress.pipeline.CheckResult;
import org.strategypress.pipeline.Pipeline;

class SyntheticStrategyTest {

    @TempDir
    Path tmp;

    private CheckResult generateAndCheck(int scale) throws IOException {
        Path content = tmp.resolve("x" + scale).resolve("content");
        new SyntheticStrategy(scale).writeTo(content);
        return new Pipeline().check(content, true);
    }

    @Test
    void scaleOneIsValidUnderStrict() throws IOException {
        CheckResult r = generateAndCheck(1);
        assertEquals(List.of(), problems(r));
        Strategy s = r.strategy();
        assertEquals(6, s.pillars().size());
        assertEquals(20, s.initiatives().size());
        assertEquals(40, s.kpis().size());
        assertEquals(4, s.modules().size());
        assertEquals(10, s.modules().stream().mapToInt(m -> m.chapters().size()).sum());
    }

    @Test
    void scaleThreeIsValidAndThreeTimesScaleOne() throws IOException {
        Strategy one = generateAndCheck(1).strategy();
        CheckResult three = generateAndCheck(3);
        assertEquals(List.of(), problems(three));
        List<Function<Strategy, List<?>>> lists = List.of(Strategy::stakeholders, Strategy::pillars, Strategy::priorities,
                Strategy::nationalTargets, Strategy::assessments, Strategy::trends, Strategy::benchmarks,
                Strategy::visions, Strategy::gaps, Strategy::objectives, Strategy::initiatives, Strategy::kpis,
                Strategy::principles, Strategy::artifacts, Strategy::risks);
        for (Function<Strategy, List<?>> list : lists) {
            assertTrue(list.apply(one).size() > 0);
            assertEquals(3 * list.apply(one).size(), list.apply(three.strategy()).size());
        }
        assertEquals(4, three.strategy().modules().size());
        assertEquals(3 * chapters(one), chapters(three.strategy()));
    }

    /** What --strict holds against the content: errors and warnings (the texts left to translate are notes). */
    private static List<Diagnostic> problems(CheckResult r) {
        return r.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).toList();
    }

    @Test
    void scaleOneIsBilingualAndUsesVersionTwo() throws IOException {
        CheckResult r = generateAndCheck(1);
        Strategy s = r.strategy();
        assertEquals(List.of("en", "az"), s.meta().languages());
        assertEquals("Sintlandiya", s.meta().country().in("az"));
        // the first chapter of each module translated, and the translation up to date with its source
        assertEquals(4, s.modules().stream().flatMap(m -> m.chapters().stream()).filter(c -> c.translations().containsKey("az")).count());
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.rule() == Rule.TRANSLATION_OUTDATED));
        assertEquals(8, s.references().size());
        String chapters = s.modules().stream().flatMap(m -> m.chapters().stream()).map(c -> c.body()).reduce("", String::concat);
        assertTrue(chapters.contains("[[REF-"), "chapters cite references");
        assertTrue(s.terms().stream().anyMatch(t -> t.abbr() != null && chapters.contains("The " + t.abbr().in("en") + " ")),
                "chapters use the terms' abbreviations");
        assertTrue(s.kpis().stream().anyMatch(k -> !k.actuals().isEmpty()), "some KPIs report actuals");
        assertTrue(s.initiatives().stream().allMatch(i -> !i.cost().isEmpty() && i.scores() != null));
    }

    @Test
    void sameScaleGivesSameBytes() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        new SyntheticStrategy(2).writeTo(a);
        new SyntheticStrategy(2).writeTo(b);
        List<Path> files = files(a);
        assertEquals(files, files(b));
        for (Path f : files) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
    }

    @Test
    void titlesUseAzerbaijaniLetters() {
        String all = String.join("", new SyntheticStrategy(1).files().values());
        for (String letter : List.of("ə", "ğ", "ı", "İ", "ö", "ş", "ç", "ü")) assertTrue(all.contains(letter), letter);
    }

    @Test
    void commandRefusesANonEmptyFolderWithoutForce() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "keep me");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "generate", "--out", out.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("is not empty"), err.toString());

        StringWriter stdout = new StringWriter();
        code = Main.run(new PrintWriter(stdout), new PrintWriter(new StringWriter()), "generate", "--out", out.toString(),
                "--force");
        assertEquals(0, code);
        assertTrue(stdout.toString().contains("6 pillars"), stdout.toString());
        assertTrue(Files.exists(out.resolve("notes.txt")));
        assertTrue(SyntheticStrategy.isGenerated(out.resolve("content")));
    }

    @Test
    void commandNeverReplacesContentItDidNotWrite() throws IOException {
        Path out = tmp.resolve("repo");
        Files.createDirectories(out.resolve("content"));
        Files.writeString(out.resolve("content/strategy.yaml"), "title: Real strategy\n");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "generate", "--out", out.toString(),
                "--force");
        assertEquals(2, code);
        assertEquals("title: Real strategy\n", Files.readString(out.resolve("content/strategy.yaml")));
    }

    private static int chapters(Strategy s) {
        return s.modules().stream().mapToInt(m -> m.chapters().size()).sum();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
