package org.strategypress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.testing.StrategyFixture;

/** YAML and Markdown reached through a symbolic link that leaves content/ are refused, with an error at the link. */
class SymlinkOutOfContentTest {

    @TempDir
    Path dir;
    StrategyFixture strategy;
    Path outside;

    @BeforeEach
    void writeValidStrategy() throws IOException {
        strategy = StrategyFixture.in(dir);
        outside = Files.createDirectories(dir.resolve("elsewhere"));
    }

    private void link(String relative, Path target) {
        try {
            Files.createDirectories(strategy.file(relative).getParent());
            Files.createSymbolicLink(strategy.file(relative), target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
    }

    private Diagnostic onlyLinkError() {
        List<Diagnostic> all = strategy.diagnostics();
        List<Diagnostic> links = all.stream().filter(d -> d.message().contains("symbolic link out of the content folder")).toList();
        assertEquals(1, links.size(), () -> StrategyFixture.describe(all));
        assertEquals("broken-link", links.get(0).code());
        return links.get(0);
    }

    @Test
    void aYamlFileLinkedToAFileOutsideIsNotRead() throws IOException {
        Files.writeString(outside.resolve("risks.yaml"), "risks:\n  - id: RISK-OUT\n    nonsense: [\n");
        link("content/reference/risks.yaml", outside.resolve("risks.yaml"));

        Diagnostic d = onlyLinkError();

        assertEquals(strategy.file("content/reference/risks.yaml"), d.at().file().toAbsolutePath().normalize());
        assertTrue(strategy.diagnostics().stream().noneMatch(x -> x.code().equals("yaml-syntax")), "the target was read");
    }

    @Test
    void aChapterLinkedOutsideIsNotRead() throws IOException {
        Files.writeString(outside.resolve("secret.md"), "# Secret\n\nclassified text\n");
        link("content/modules/1-intro/02-secret.md", outside.resolve("secret.md"));

        Diagnostic d = onlyLinkError();

        assertEquals(strategy.file("content/modules/1-intro/02-secret.md"), d.at().file().toAbsolutePath().normalize());
        assertFalse(strategy.check(false).strategy().modules().get(0).chapters().stream()
                .anyMatch(c -> c.body().contains("classified")));
    }

    @Test
    void aModuleFolderLinkedOutsideIsNotRead() throws IOException {
        Files.writeString(outside.resolve("01-x.md"), "# Outside\n");
        link("content/modules/2-outside", outside);

        Diagnostic d = onlyLinkError();

        assertEquals(strategy.file("content/modules/2-outside"), d.at().file().toAbsolutePath().normalize());
    }

    @Test
    void strategyYamlLinkedOutsideIsRefusedAndNotAlsoReportedMissing() throws IOException {
        Files.move(strategy.file("content/strategy.yaml"), outside.resolve("strategy.yaml"));
        link("content/strategy.yaml", outside.resolve("strategy.yaml"));

        onlyLinkError();

        assertTrue(strategy.diagnostics().stream().noneMatch(x -> x.code().equals("missing-file")),
                () -> StrategyFixture.describe(strategy.diagnostics()));
    }

    @Test
    void aLinkThatStaysInsideTheContentFolderIsRead() throws IOException {
        Files.move(strategy.file("content/kpis.yaml"), strategy.file("content/kpis.yaml.txt"));
        link("content/kpis.yaml", strategy.file("content/kpis.yaml.txt"));

        assertTrue(strategy.diagnostics().stream().noneMatch(Diagnostic::isError),
                () -> StrategyFixture.describe(strategy.diagnostics()));
    }
}
