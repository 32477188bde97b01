package org.strategypress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Severity;
import org.strategypress.model.Stakeholder;
import org.strategypress.pipeline.CheckResult;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/**
 * Files a YAML parser should not (or cannot) read. Each gives exactly one clear error at a file and position,
 * never an exception, and never stops the other files from being checked: every test also breaks
 * content/principles.yaml and expects its diagnostic too.
 */
class BadYamlInputTest {

    private static final String BAD = "content/partners.yaml";

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void writeStrategyWithAnotherBrokenFile() {
        strategy = StrategyFixture.in(dir).write("content/principles.yaml", """
                principles:
                  - id: OPEN-BY-DEFAULT
                    title: Open by default
                    txet: Data is published unless there is a reason not to.
                """);
    }

    /** The one yaml-syntax error in the bad file, after checking that principles.yaml was checked too. */
    private Diagnostic oneErrorIn(String file, int line, int column) {
        List<Diagnostic> all = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> strategy.diagnostics());
        List<Diagnostic> here = all.stream()
                .filter(d -> d.at().file().toAbsolutePath().normalize().equals(strategy.file(file))).toList();
        assertEquals(1, here.size(), () -> "diagnostics:\n" + StrategyFixture.describe(all));
        Diagnostic d = here.get(0);
        assertEquals("yaml-syntax", d.code(), d::toString);
        assertEquals(Severity.ERROR, d.severity());
        strategy.assertAt(d, file, line, column);
        assertTrue(all.stream().anyMatch(x -> x.code().equals("unknown-field")
                        && x.at().file().toAbsolutePath().normalize().equals(strategy.file("content/principles.yaml"))),
                () -> "the other broken file was not checked:\n" + StrategyFixture.describe(all));
        return d;
    }

    @Test
    void aTabInTheIndentationIsReportedWhereItIs() {
        strategy.write(BAD, """
                stakeholders:
                  - id: CBAR
                  \tname: Central Bank of the Republic of Azerbaijan
                """);

        Diagnostic d = oneErrorIn(BAD, 3, 3);

        assertTrue(d.message().contains("tab used for indentation"), d.message());
    }

    @Test
    void aBinaryFileIsReportedAtItsFirstNulByte() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'});
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        png.writeBytes(noise);
        strategy.writeBytes(BAD, png.toByteArray());

        Diagnostic d = oneErrorIn(BAD, 3, 1);

        assertTrue(d.message().contains("binary file"), d.message());
    }

    @Test
    void invalidUtf8IsReportedAtTheBadByte() {
        ByteArrayOutputStream latin = new ByteArrayOutputStream();
        latin.writeBytes("stakeholders:\n  - id: CAFE\n    name: Caf".getBytes(StandardCharsets.UTF_8));
        latin.writeBytes(new byte[] {(byte) 0xC3, 0x28});
        latin.writeBytes(" Baku\n".getBytes(StandardCharsets.UTF_8));
        strategy.writeBytes(BAD, latin.toByteArray());

        Diagnostic d = oneErrorIn(BAD, 3, 14);

        assertTrue(d.message().contains("not valid UTF-8"), d.message());
    }

    @Test
    void anEmptyFileIsReported() {
        strategy.write(BAD, "");

        Diagnostic d = oneErrorIn(BAD, 1, 1);

        assertTrue(d.message().contains("file is empty"), d.message());
    }

    @Test
    void aFileThatIsOnlyACommentIsReportedAsEmpty() {
        strategy.write(BAD, """
                # partners: to be agreed with the ministry
                """);

        Diagnostic d = oneErrorIn(BAD, 1, 1);

        assertTrue(d.message().contains("only comments"), d.message());
    }

    @Test
    void aTenMegabyteFileIsRefusedWithoutReadingIt() {
        String line = "# " + "x".repeat(97) + "\n";
        strategy.write(BAD, "stakeholders:\n" + line.repeat(10 * 1024 * 1024 / line.length()));

        Diagnostic d = oneErrorIn(BAD, 1, 1);

        assertTrue(d.message().contains("YAML files may be at most 2 MB"), d.message());
    }

    @Test
    void anAliasBombIsRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char previous = (char) (c - 1);
            String refs = IntStream.range(0, 9).mapToObj(i -> "*" + previous).collect(Collectors.joining(","));
            bomb.append(c).append(": &").append(c).append(" [").append(refs).append("]\n");
        }
        strategy.write(BAD, bomb.toString());

        Diagnostic d = oneErrorIn(BAD, 1, 1);

        assertTrue(d.message().contains("alias"), d.message());
    }

    @Test
    void listsNestedTenThousandDeepAreRefused() {
        strategy.write(BAD, "stakeholders: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");

        Diagnostic d = oneErrorIn(BAD, 1, 1);

        assertTrue(d.message().contains("nested more than"), d.message());
    }

    @Test
    void aJavaClassTagIsRefused() {
        strategy.write(BAD, """
                stakeholders:
                  - id: CBAR
                    name: !!java.net.URL "http://example.com/"
                """);

        Diagnostic d = oneErrorIn(BAD, 3, 11);

        assertTrue(d.message().contains("tag is not allowed") && d.message().contains("java.net.URL"), d.message());
    }

    @Test
    void aCustomTagIsRefused() {
        strategy.write(BAD, """
                stakeholders:
                  - id: CBAR
                    name: !custom Central Bank
                """);

        Diagnostic d = oneErrorIn(BAD, 3, 11);

        assertTrue(d.message().contains("'!custom' is not allowed"), d.message());
    }

    @Test
    void aSecondDocumentIsRefused() {
        strategy.write(BAD, """
                stakeholders:
                  - id: CBAR
                    name: Central Bank of the Republic of Azerbaijan
                ---
                stakeholders:
                  - id: SOCAR
                    name: State Oil Company
                """);

        Diagnostic d = oneErrorIn(BAD, 4, 1);

        assertTrue(d.message().contains("a second YAML document"), d.message());
    }

    @Test
    void anEmptySecondDocumentIsRefusedToo() {
        strategy.write(BAD, """
                stakeholders:
                  - id: CBAR
                    name: Central Bank of the Republic of Azerbaijan
                ---
                """);

        Diagnostic d = oneErrorIn(BAD, 4, 1);

        assertTrue(d.message().contains("a second YAML document"), d.message());
    }

    @Test
    void aDuplicateKeyNamesBothLines() {
        strategy.write(BAD, """
                stakeholders:
                  - id: CBAR
                    name: Central Bank
                    type: central-bank
                    name: Central Bank of the Republic of Azerbaijan
                """);

        Diagnostic d = oneErrorIn(BAD, 5, 5);

        assertTrue(d.message().contains("duplicate key 'name': first at line 3, again at line 5"), d.message());
    }

    @Test
    void aKeyThatIsAListIsRefused() {
        strategy.write(BAD, """
                stakeholders:
                  - id: CBAR
                    [name, short]: Central Bank
                """);

        Diagnostic d = oneErrorIn(BAD, 3, 5);

        assertTrue(d.message().contains("a key must be plain text"), d.message());
    }

    @Test
    void aKeyThatIsAMappingIsRefused() {
        strategy.write(BAD, """
                stakeholders:
                  - id: CBAR
                    ? {name: short}
                    : Central Bank
                """);

        Diagnostic d = oneErrorIn(BAD, 3, 7);

        assertTrue(d.message().contains("a key must be plain text"), d.message());
    }

    @Test
    void badInputNeverPrintsAStackTrace() {
        strategy.write(BAD, "stakeholders: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        strategy.writeBytes("content/binary.yaml", new byte[] {'a', ':', 0, (byte) 0xff});

        CliRun run = strategy.validate();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("partners.yaml:1:1: error[yaml-syntax]"), run.err());
        assertTrue(run.err().contains("binary.yaml:1:3: error[yaml-syntax]: binary file"), run.err());
        assertTrue(!run.err().contains("\tat org.") && !run.err().contains("Exception"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO", "1.10", "0755", "2024-01-02", "1:20", "yes", "0x1F", "1e3", ".inf"})
    void yaml11ValuesInTextFieldsAreKeptExactlyAsWritten(String written) {
        strategy.delete("content/principles.yaml");
        strategy.write("content/stakeholders.yaml", """
                stakeholders:
                  - id: MDDT
                    name: %s
                    short: %s
                """.formatted(written, written));
        strategy.write("content/pillars.yaml", StrategyFixture.PILLARS.replace("title: Digital skills",
                "title: " + written));

        CheckResult r = strategy.check(true);

        assertTrue(r.diagnostics().isEmpty(), () -> StrategyFixture.describe(r.diagnostics()));
        Stakeholder s = r.strategy().stakeholders().get(0);
        assertEquals(written, s.shortName().toString());
        assertEquals(written, s.name().toString());
        assertEquals(written, r.strategy().pillars().get(0).title().toString());
    }
}
