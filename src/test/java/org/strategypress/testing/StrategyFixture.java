package org.strategypress.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.strategypress.cli.Main;
import org.strategypress.model.Diagnostic;
import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.CheckResult;
import org.strategypress.pipeline.Pipeline;

/**
 * A small, valid strategy written into a temporary folder, as a writer would lay it out under
 * {@code content/}. Tests replace or add one file with a text block, run the check, and assert the one
 * diagnostic they expect.
 *
 * <pre>
 * StrategyFixture strategy = StrategyFixture.in(tempDir);
 * strategy.write("content/kpis.yaml", """
 *         kpis:
 *           ...
 *         """);
 * Diagnostic d = strategy.single("dangling-ref");
 * strategy.assertAt(d, "content/kpis.yaml", 4, 17);
 * </pre>
 */
public final class StrategyFixture {

    public static final String STRATEGY = """
            title: Digital Economy Strategy
            country: Azerbaijan
            status: draft
            horizon: {from: 2026, to: 2030}
            """;

    public static final String STAKEHOLDERS = """
            stakeholders:
              - id: MDDT
                name: Ministry of Digital Development and Transport
                short: MDDT
                type: ministry
            """;

    public static final String FRAMEWORK = """
            priorities:
              - id: P1
                title: A competitive economy
            national_targets:
              - id: NT-ICT
                priority: P1
                title: ICT share of GDP
                unit: "%"
                baseline: {value: 2.1, year: 2024}
                target: {value: 4, year: 2030}
            """;

    public static final String PILLARS = """
            pillars:
              - id: SKILLS
                title: Digital skills
                summary: People able to work in a digital economy.
            assessments:
              - pillar: SKILLS
                maturity: 2.5
                summary: Basic digital skills are common; advanced skills are scarce.
            visions:
              - pillar: SKILLS
                statement: Every worker can use digital tools at work.
            gaps:
              - id: GAP-SKILLS
                pillar: SKILLS
                title: Too few ICT specialists
                as_is: Few graduates in ICT.
                to_be: A steady supply of ICT graduates.
            """;

    public static final String BENCHMARKS = """
            benchmarks:
              - id: BM-EE
                country: Estonia
                title: Digital state
                summary: Skills taught from school onwards.
              - id: BM-SG
                country: Singapore
                title: SkillsFuture
                summary: Credits for lifelong learning.
              - id: BM-KR
                country: Korea
                title: Software schools
                summary: Coding in every school.
              - id: BM-FI
                country: Finland
                title: Elements of AI
                summary: A free course for everyone.
            """;

    public static final String INITIATIVES = """
            initiatives:
              - id: INI-ACADEMY
                title: National ICT academy
                pillar: SKILLS
                addresses: [GAP-SKILLS]
                owner: MDDT
                start: 2026
                end: 2029
                milestones:
                  - id: MS-ACADEMY-OPEN
                    title: Academy opens
                    due: 2027-09
            """;

    public static final String KPIS = """
            kpis:
              - id: KPI-GRADUATES
                title: ICT graduates per year
                measures: [INI-ACADEMY]
                contributes_to: [NT-ICT]
                unit: graduates
                direction: increase
                baseline: {value: 1200, year: 2024}
                targets:
                  - {year: 2028, value: 2000}
                  - {year: 2030, value: 3000}
                owner: MDDT
            """;

    /** A second pillar with its whole chain, for tests that show one pillar among several: {@code content/connect.yaml}. */
    public static final String CONNECTIVITY = """
            pillars:
              - id: CONNECT
                title: Connectivity
            assessments:
              - pillar: CONNECT
                maturity: 3.8
                summary: Fibre reaches the cities.
            visions:
              - pillar: CONNECT
                statement: Gigabit for all.
            gaps:
              - id: GAP-FIBRE
                pillar: CONNECT
                title: Villages without fibre
                as_is: Villages on copper.
                to_be: Villages on fibre.
            initiatives:
              - id: INI-FIBRE
                title: Rural fibre programme
                pillar: CONNECT
                addresses: [GAP-FIBRE]
                owner: MDDT
                start: 2026
                end: 2030
            kpis:
              - id: KPI-FIBRE
                title: Villages on fibre
                measures: [INI-FIBRE]
                contributes_to: [NT-ICT]
                unit: "%"
                direction: increase
                baseline: {value: 10, year: 2025}
                targets: [{year: 2030, value: 90}]
                owner: MDDT
            """;

    public static final String CHAPTER = """
            ---
            title: Introduction
            ---
            # Introduction

            This strategy builds digital skills ([[SKILLS]]).
            """;

    /** One pipeline for every build of the tests: templates and fonts are loaded once, as in the preview server. */
    private static final Pipeline PIPELINE = new Pipeline();

    private final Path root;

    private StrategyFixture(Path root) {
        this.root = root;
    }

    /** Writes the valid strategy into {@code dir}: its content folder is {@code dir/content}. */
    public static StrategyFixture in(Path dir) {
        return new StrategyFixture(dir)
                .write("content/strategy.yaml", STRATEGY)
                .write("content/stakeholders.yaml", STAKEHOLDERS)
                .write("content/framework.yaml", FRAMEWORK)
                .write("content/pillars.yaml", PILLARS)
                .write("content/benchmarks.yaml", BENCHMARKS)
                .write("content/initiatives.yaml", INITIATIVES)
                .write("content/kpis.yaml", KPIS)
                .write("content/modules/1-intro/01-introduction.md", CHAPTER);
    }

    /** Replaces or adds a file, relative to the fixture folder (such as {@code content/kpis.yaml}). */
    public StrategyFixture write(String relative, String text) {
        return writeBytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces or adds a file with exactly these bytes. */
    public StrategyFixture writeBytes(String relative, byte[] bytes) {
        Path f = file(relative);
        try {
            Files.createDirectories(f.getParent());
            Files.write(f, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The text of a file of the fixture, relative to the fixture folder. */
    public String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a file of the fixture. */
    public StrategyFixture delete(String relative) {
        try {
            Files.delete(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A file of the fixture, absolute. */
    public Path file(String relative) {
        return root.resolve(relative).toAbsolutePath().normalize();
    }

    /** The content folder. */
    public Path content() {
        return file("content");
    }

    /** Loads and validates the content, as {@code press validate} does. */
    public CheckResult check(boolean strict) {
        return new Pipeline().check(content(), strict);
    }

    /** The diagnostics of a check without {@code --strict}. */
    public List<Diagnostic> diagnostics() {
        return check(false).diagnostics();
    }

    /** The one diagnostic with this code (fails if there is none or more than one). */
    public Diagnostic single(String code) {
        return single(code, false);
    }

    /** The one diagnostic with this code, checked with or without {@code --strict}. */
    public Diagnostic single(String code, boolean strict) {
        List<Diagnostic> all = check(strict).diagnostics();
        List<Diagnostic> found = all.stream().filter(d -> d.code().equals(code)).toList();
        if (found.size() != 1)
            fail("expected exactly one [" + code + "], found " + found.size() + " in:\n" + describe(all));
        return found.get(0);
    }

    /** The only diagnostic of the check (fails if there are others). */
    public Diagnostic only() {
        List<Diagnostic> all = diagnostics();
        if (all.size() != 1) fail("expected exactly one diagnostic, found " + all.size() + ":\n" + describe(all));
        return all.get(0);
    }

    /** Asserts the diagnostic is at this file (relative to the fixture folder), line and column. */
    public void assertAt(Diagnostic d, String relative, int line, int column) {
        String where = d.at().file().toAbsolutePath().normalize() + ":" + d.at().line() + ":" + d.at().column();
        assertEquals(file(relative) + ":" + line + ":" + column, where, () -> "position of " + d);
    }

    /** The folder a build writes into: {@code build-output} beside the content. */
    public Path out() {
        return file("build-output");
    }

    /** Builds the site and the PDF with the project's real templates; fails with every diagnostic if it did not succeed. */
    public BuildResult build() {
        return build(Path.of("templates"));
    }

    /** Builds the site and the PDF with these templates; fails with every diagnostic if it did not succeed. */
    public BuildResult build(Path templates) {
        BuildResult r = buildAllowingErrors(templates);
        if (!r.ok()) fail("build failed:\n" + describe(r.diagnostics()));
        return r;
    }

    /** Builds and returns the result as it is, errors included. */
    public BuildResult buildAllowingErrors(Path templates) {
        return PIPELINE.build(BuildRequest.of(content(), templates.toAbsolutePath(), out()));
    }

    /** A page of the built site, such as {@code module-4.html} or {@code KPI-GRADUATES.html}. */
    public Document page(String name) {
        return parse(out().resolve("html").resolve(name));
    }

    /** The print HTML the PDF was made from ({@code build-output/pdf/strategy-<version>.html}). */
    public Document print() {
        return parse(onlyFile(out().resolve("pdf"), ".html"));
    }

    /** The built PDF ({@code build-output/pdf/strategy-<version>.pdf}). */
    public Path pdf() {
        return onlyFile(out().resolve("pdf"), ".pdf");
    }

    /** Parses an HTML file as a browser would. */
    public static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path onlyFile(Path dir, String suffix) {
        try (var s = Files.list(dir)) {
            List<Path> found = s.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
            if (found.size() != 1) fail("expected one " + suffix + " file in " + dir + ", found " + found);
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code press <args>} on this fixture's content; returns exit code, stdout and stderr. */
    public CliRun press(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** {@code press validate --content <this content>} plus any extra arguments. */
    public CliRun validate(String... extra) {
        String[] args = new String[3 + extra.length];
        args[0] = "validate";
        args[1] = "--content";
        args[2] = content().toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return press(args);
    }

    /** The outcome of one CLI run. */
    public record CliRun(int exitCode, String out, String err) {
    }

    public static String describe(List<Diagnostic> ds) {
        return ds.isEmpty() ? "  (none)" : ds.stream().map(d -> "  " + d.at() + ": " + d.severity().label() + "["
                + d.code() + "]: " + d.message()).collect(Collectors.joining("\n"));
    }
}
