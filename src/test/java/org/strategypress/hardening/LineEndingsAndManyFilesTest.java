package org.strategypress.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Severity;
import org.strategypress.pipeline.CheckResult;
import org.strategypress.testing.StrategyFixture;

/**
 * Content as it arrives from other editors and at scale: every file with CRLF line ends and a UTF-8 byte-order
 * mark validates and builds as the same content with LF does, positions included; and a strategy of thousands
 * of YAML files loads every one of them (functional, not timed).
 */
class LineEndingsAndManyFilesTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void crlfAndAByteOrderMarkOnEveryFileValidateAndBuildWithTheSamePositions() throws IOException {
        StrategyFixture strategy = StrategyFixture.in(dir);
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("measures: [INI-ACADEMY]", "measures: [INI-ACADEMI]"));
        List<Diagnostic> lf = strategy.diagnostics();
        assertFalse(lf.isEmpty(), "the broken reference is found with LF");

        try (Stream<Path> s = Files.walk(strategy.content())) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\n", "\r\n");
                byte[] body = text.getBytes(StandardCharsets.UTF_8);
                byte[] withBom = new byte[BOM.length + body.length];
                System.arraycopy(BOM, 0, withBom, 0, BOM.length);
                System.arraycopy(body, 0, withBom, BOM.length, body.length);
                Files.write(f, withBom);
            }
        }
        List<Diagnostic> crlf = strategy.diagnostics();

        assertEquals(describe(lf), describe(crlf), "CRLF and a BOM change what validation reports, or where");

        strategy.write("content/kpis.yaml", "\uFEFF" + StrategyFixture.KPIS.replace("\n", "\r\n"));
        var build = strategy.build();
        assertTrue(build.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), StrategyFixture.describe(build.diagnostics()));
        String module = strategy.page("module-1.html").outerHtml();
        assertFalse(module.contains("\uFEFF") || module.contains("\r"), "a BOM or CR reached the page");
        assertTrue(strategy.page("module-1.html").select("h1, h2").stream().anyMatch(h -> h.text().contains("Introduction")),
                "the chapter's front matter was read through the BOM");
    }

    @Test
    void twoThousandYamlFilesAllLoad() {
        StrategyFixture strategy = StrategyFixture.in(dir);
        int files = 2000;
        for (int i = 1; i <= files; i++) {
            String id = String.format("ST-%04d", i);
            strategy.write(String.format("content/stakeholders/many/s%04d.yaml", i), "stakeholders:\n  - id: " + id
                    + "\n    name: Agency number " + i + "\n    short: A" + i + "\n    type: agency\n");
        }

        CheckResult r = strategy.check(false);

        assertFalse(r.hasErrors(), StrategyFixture.describe(r.diagnostics().stream().limit(20).toList()));
        assertEquals(files + 1, r.strategy().stakeholders().size());
        long unused = r.diagnostics().stream().filter(d -> d.code().equals("unused-stakeholder")).count();
        assertEquals(files, unused, "each new stakeholder is reported once, at its own file");
        assertEquals(files, r.diagnostics().stream().filter(d -> d.code().equals("unused-stakeholder"))
                .map(d -> d.at().file()).distinct().count());
    }

    private static List<String> describe(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.at().file().getFileName() + ":" + d.at().line() + ":" + d.at().column() + " "
                + d.severity() + " " + d.code() + " " + d.message()).toList();
    }
}
