package org.strategypress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strategypress.testing.SampleBuild;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The sample strategy's PDF, as a reviewer and an archivist receive it. */
class SampleArchivalPdfTest {

    static byte[] pdf;

    @BeforeAll
    static void buildTheSample() throws Exception {
        Path file = SampleBuild.result().outputs().stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        pdf = Files.readAllBytes(file);
    }

    @Test
    void passesPdfUa1WithNoFailedRule() {
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1));
    }

    @Test
    void passesPdfA2aWithNoFailedRule() {
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A));
    }

    @Test
    void everyFontIsEmbeddedAndChartsAreVectorNotImages() throws Exception {
        PdfAssertions.fontsEmbeddedAndNoRasterImages(pdf);
    }

    @Test
    void outlineNamesTheFrontMatterTheFourModulesAndTheAnnexes() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> top = new ArrayList<>();
            for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) top.add(i.getTitle());
            assertEquals(12, top.size(), top.toString());
            assertEquals(List.of("Foreword", "Executive summary"), top.subList(0, 2));
            assertTrue(top.get(2).startsWith("1 ") && top.get(2).contains("As-is assessment"), top.toString());
            assertTrue(top.get(5).startsWith("4 ") && top.get(5).contains("Implementation roadmap"), top.toString());
            assertEquals(List.of("Annex A Methodology of the maturity scores", "Annex B Consultations held",
                    "Annex C Acronyms", "Annex D Glossary", "Annex E References", "Annex F Indicator reference sheets"),
                    top.subList(6, 12));
        }
    }

    @Test
    void everyPageAfterTheCoverSaysPageXOfYAndDraft() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = doc.getNumberOfPages();
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 2; p <= n; p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                String text = s.getText(doc);
                assertTrue(text.contains("page " + p + " of " + n), "page " + p + " lacks 'page " + p + " of " + n + "'");
                assertTrue(text.contains("DRAFT"), "page " + p + " lacks the DRAFT mark");
            }
        }
    }

    @Test
    void chartLabelsAndValuesAreSearchableText() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Figure 1.1. Digital maturity by pillar"), "maturity chart caption");
            assertTrue(text.contains("Fibre take-up programme"), "roadmap label");
            assertTrue(text.contains("2026-03–2028-12"), "roadmap dates");
            assertTrue(text.contains("Initiative, start to end"), "roadmap legend");
            assertTrue(text.contains("Baseline") && text.contains("Target"), "KPI chart legend");
            // KPI-GOV-1's scale covers its plan (0.7607 to 0.85) and its actuals (0.71 in 2020): 0.7 to 0.9
            assertTrue(text.contains("0.9\n0.8\n0.7") || text.contains("0.7\n0.8\n0.9") || text.contains("0.7 0.8 0.9"),
                    "KPI value ticks (KPI-GOV-1, 0.71 to 0.85)");
            assertTrue(text.contains("Actual") && text.contains("Reporting date 2026-11"), "KPI chart legend for actuals");
            assertTrue(text.contains("Azərbaycan Respublikasının Rəqəmsal İnkişaf Strategiyası"), "Azerbaijani title on the cover");
        }
    }
}
