package org.strategypress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar run as CI and writers run it: {@code java -jar strategy-press-cli.jar ...}, exit codes and stderr. */
class PressJarIT {

    static final Path JAR = Path.of("target/strategy-press-0.1.0-SNAPSHOT-cli.jar").toAbsolutePath();
    static final Path CONTENT = Path.of("content").toAbsolutePath();
    static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

    @TempDir
    Path dir;

    @BeforeAll
    static void jarIsBuilt() {
        assumeTrue(Files.isRegularFile(JAR), "run `mvn package` first: no " + JAR);
    }

    @Test
    void validateOnTheSampleExitsZeroWithACleanSummary() throws Exception {
        Run run = press(dir, "validate", "--content", CONTENT.toString());

        assertEquals(0, run.code, run.err);
        // notes (info) are allowed: the sample keeps a few free-text sources that name a reference, on purpose
        String[] lines = run.err.strip().split("\\R");
        assertTrue(lines[lines.length - 1].matches("0 errors, 0 warnings(, \\d+ notes?)?"), run.err);
        for (int i = 0; i < lines.length - 1; i++) assertTrue(lines[i].contains(": info["), lines[i]);
        assertNoStackTrace(run);
    }

    @Test
    void validateOnACopyWithOneDefectExitsOneWithItsPositionedLine() throws Exception {
        copyTree(CONTENT, dir.resolve("content"));
        Path kpis = dir.resolve("content/module4/kpis/skills.yaml");
        List<String> lines = new ArrayList<>(Files.readAllLines(kpis, StandardCharsets.UTF_8));
        int line = lines.indexOf("    owner: MDDT") + 1;
        assertTrue(line > 0, "the sample changed");
        lines.set(line - 1, "    owner: MDTT");
        Files.write(kpis, lines, StandardCharsets.UTF_8);

        Run run = press(dir, "validate", "--content", "content");

        assertEquals(1, run.code, run.err);
        String[] err = run.err.strip().lines().filter(l -> !l.contains(": info[")).toArray(String[]::new);
        assertEquals(2, err.length, run.err);
        assertTrue(err[0].startsWith("content/module4/kpis/skills.yaml:" + line + ":12: error[dangling-ref]: "), err[0]);
        assertTrue(err[0].contains("(did you mean 'MDDT'?)"), err[0]);
        assertTrue(err[1].matches("1 error, 0 warnings(, \\d+ notes?)?"), err[1]);
        assertNoStackTrace(run);
    }

    @Test
    void buildWritesTheSitesAndThePdfsOfBothLanguagesAndExitsZero() throws Exception {
        Path out = dir.resolve("out");

        Run run = press(dir, "build", "--content", CONTENT.toString(), "--templates", TEMPLATES.toString(), "--out", out.toString());

        assertEquals(0, run.code, run.err);
        assertTrue(Files.isRegularFile(out.resolve("html/index.html")), "the page that leads to the languages");
        // the sample is in English and Azerbaijani: a site and a PDF for each
        for (String lang : List.of("en", "az")) {
            assertTrue(Files.isRegularFile(out.resolve("html/" + lang + "/index.html")), lang);
            try (Stream<Path> s = Files.list(out.resolve("pdf"))) {
                List<Path> pdfs = s.filter(f -> f.toString().endsWith("-" + lang + ".pdf")).toList();
                assertEquals(1, pdfs.size(), pdfs.toString());
                byte[] head = Files.readAllBytes(pdfs.get(0));
                assertEquals("%PDF-", new String(head, 0, 5, StandardCharsets.US_ASCII));
                assertTrue(head.length > 100_000, "PDF of " + head.length + " bytes");
            }
        }
        assertTrue(run.out.startsWith("press: wrote "), run.out);
        assertNoStackTrace(run);
    }

    @Test
    void anUnknownSubcommandExitsTwoAndSuggestsTheNearestOne() throws Exception {
        Run run = press(dir, "pubilsh");

        assertEquals(2, run.code, run.err);
        assertTrue(run.err.contains("Unmatched argument") && run.err.contains("pubilsh"), run.err);
        assertTrue(run.err.contains("publish"), "picocli suggests the subcommand meant: " + run.err);
        assertNoStackTrace(run);
    }

    @Test
    void aMissingContentFolderExitsTwoWithoutAStackTrace() throws Exception {
        Run run = press(dir, "build", "--content", dir.resolve("nowhere").toString(), "--out", dir.resolve("out").toString());

        assertEquals(2, run.code, run.err);
        assertNoStackTrace(run);
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    record Run(int code, String out, String err) {
    }

    static Run press(Path workingDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path stdout = Files.createTempFile("press-out", ".txt");
        Path stderr = Files.createTempFile("press-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).directory(workingDir.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("press " + String.join(" ", args) + " did not finish in 180 s");
            }
            return new Run(p.exitValue(), Files.readString(stdout), Files.readString(stderr));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    static void assertNoStackTrace(Run run) {
        for (String s : List.of(run.err, run.out)) {
            assertFalse(s.contains("\tat "), s);
            assertFalse(s.matches("(?s).*\\b\\w+(\\.\\w+)+(Exception|Error)\\b.*"), s);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        }
    }
}
