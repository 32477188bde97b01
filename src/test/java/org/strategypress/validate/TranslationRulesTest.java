package org.strategypress.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Severity;
import org.strategypress.testing.StrategyFixture;

/** Each defect of a translation gives its own diagnostic at its own line. */
class TranslationRulesTest {

    private static final String CHAPTER = """
            ---
            title: Introduction
            ---
            # Introduction

            This strategy builds digital skills ([[SKILLS]]).

            ## Why now

            Skills decide who benefits ([[KPI-GRADUATES]]).
            """;

    @TempDir
    Path dir;
    StrategyFixture strategy;

    @BeforeEach
    void bilingualAndComplete() {
        strategy = StrategyFixture.in(dir).write("content/modules/1-intro/01-introduction.md", CHAPTER);
        String fp = new org.strategypress.pipeline.Pipeline().load(strategy.content()).strategy()
                .modules().get(0).chapters().get(0).fingerprint();
        strategy.write("content/strategy.yaml", StrategyFixture.STRATEGY + "languages: [en, az]\n")
                .write("content/modules/1-intro/01-introduction.az.md", translation(fp, """
                        # Giriş

                        Bu strategiya rəqəmsal bacarıqları inkişaf etdirir ([[SKILLS]]).

                        ## Niyə indi

                        Bacarıqlar kimin qazanacağını müəyyən edir ([[KPI-GRADUATES]]).
                        """));
        this.fingerprint = fp;
    }

    String fingerprint;

    private static String translation(String fp, String body) {
        return "---\ntitle: Giriş\nsource: " + fp + "\ntranslation: machine\n---\n" + body;
    }

    /** The translation with its first paragraph's link, a block after it and its second heading as given. */
    private String variant(String link, String block, String heading) {
        return translation(fingerprint, "# Giriş\n\nBu strategiya rəqəmsal bacarıqları inkişaf etdirir" + link + ".\n\n"
                + block + heading + " Niyə indi\n\nBacarıqlar kimin qazanacağını müəyyən edir ([[KPI-GRADUATES]]).\n");
    }

    @Test
    void aTextWithoutItsAzerbaijaniValueIsMissingAtThatText() {
        Diagnostic d = strategy.diagnostics().stream().filter(x -> x.code().equals("translation-missing"))
                .filter(x -> x.message().startsWith("SKILLS's title")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, d.severity());
        strategy.assertAt(d, "content/pillars.yaml", 3, 12);
    }

    @Test
    void underStrictAndInAFinalEditionAMissingTranslationIsAnError() {
        assertTrue(strategy.check(true).diagnostics().stream().filter(d -> d.code().equals("translation-missing"))
                .allMatch(d -> d.severity() == Severity.ERROR));
        strategy.write("content/strategy.yaml", StrategyFixture.STRATEGY.replace("status: draft", "status: final")
                + "languages: [en, az]\n");
        List<Diagnostic> missing = strategy.diagnostics().stream().filter(d -> d.code().equals("translation-missing")).toList();
        assertTrue(!missing.isEmpty() && missing.stream().allMatch(d -> d.severity() == Severity.ERROR));
    }

    @Test
    void aFinalEditionCannotLowerTranslationMissing() {
        strategy.write("content/strategy.yaml", StrategyFixture.STRATEGY.replace("status: draft", "status: final")
                + "languages: [en, az]\nrules:\n  translation-missing: info\n");
        Diagnostic d = strategy.diagnostics().stream().filter(x -> x.code().equals("bad-value")).findFirst().orElseThrow();
        strategy.assertAt(d, "content/strategy.yaml", 7, 24);
        assertTrue(d.message().contains("status is final"), d.message());
    }

    @Test
    void loweredToNotesTheTextsLeftToTranslateAreOneNotePerFileAtTheFirst() {
        strategy.write("content/strategy.yaml", StrategyFixture.STRATEGY + "languages: [en, az]\nrules:\n  translation-missing: info\n");
        List<Diagnostic> pillars = strategy.diagnostics().stream().filter(d -> d.code().equals("translation-missing"))
                .filter(d -> d.at().file().endsWith("pillars.yaml")).toList();
        assertEquals(1, pillars.size(), pillars.toString());
        assertEquals(Severity.INFO, pillars.get(0).severity());
        strategy.assertAt(pillars.get(0), "content/pillars.yaml", 3, 12);
        assertTrue(pillars.get(0).message().matches("\\d+ texts in pillars.yaml have no 'az' value yet, the first here "
                + "\\(SKILLS's title\\); press translations lists them all.*"), pillars.get(0).message());
    }

    @Test
    void aTranslatedTextIsNotMissing() {
        strategy.write("content/pillars.yaml", StrategyFixture.PILLARS.replace("title: Digital skills",
                "title: {en: Digital skills, az: Rəqəmsal bacarıqlar}"));
        assertTrue(strategy.diagnostics().stream().noneMatch(d -> d.message().startsWith("SKILLS's title")));
    }

    @Test
    void aChapterWithoutTranslationIsMissing() {
        strategy.delete("content/modules/1-intro/01-introduction.az.md");
        Diagnostic d = strategy.diagnostics().stream().filter(x -> x.code().equals("translation-missing"))
                .filter(x -> x.message().startsWith("chapter ")).findFirst().orElseThrow();
        strategy.assertAt(d, "content/modules/1-intro/01-introduction.md", 1, 1);
        assertTrue(d.message().contains("01-introduction.az.md"), d.message());
    }

    @Test
    void aCompleteTranslationHasNeitherOutdatedNorStructureProblems() {
        assertTrue(strategy.diagnostics().stream().noneMatch(d -> d.code().equals("translation-outdated")
                || d.code().equals("translation-structure")), () -> strategy.diagnostics().toString());
    }

    @Test
    void aChangedSourceUnderAnUnchangedTranslationIsOutdatedAtItsSourceLine() {
        strategy.write("content/modules/1-intro/01-introduction.md", CHAPTER.replace("who benefits", "who gains"));
        Diagnostic d = strategy.single("translation-outdated");
        strategy.assertAt(d, "content/modules/1-intro/01-introduction.az.md", 3, 1);
        assertTrue(d.message().contains(fingerprint), d.message());
    }

    @Test
    void aTranslationMissingOneLinkIsAStructureErrorInThatParagraph() {
        strategy.write("content/modules/1-intro/01-introduction.az.md", variant("", "", "##"));
        Diagnostic d = strategy.single("translation-structure");
        assertEquals(Severity.ERROR, d.severity());
        strategy.assertAt(d, "content/modules/1-intro/01-introduction.az.md", 8, 1);
        assertTrue(d.message().contains("[[SKILLS]]"), d.message());
    }

    @Test
    void aTranslationWithAHeadingAtAnotherLevelIsAStructureErrorAtThatHeading() {
        strategy.write("content/modules/1-intro/01-introduction.az.md", variant(" ([[SKILLS]])", "", "###"));
        Diagnostic d = strategy.single("translation-structure");
        strategy.assertAt(d, "content/modules/1-intro/01-introduction.az.md", 10, 1);
        assertTrue(d.message().contains("## heading"), d.message());
    }

    @Test
    void aTranslationWithAnExtraDirectiveIsAStructureErrorAtIt() {
        strategy.write("content/modules/1-intro/01-introduction.az.md", variant(" ([[SKILLS]])", "{{kpi-table}}\n\n", "##"));
        Diagnostic d = strategy.single("translation-structure");
        strategy.assertAt(d, "content/modules/1-intro/01-introduction.az.md", 10, 1);
    }
}
