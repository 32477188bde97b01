package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strategypress.model.Module;
import org.strategypress.model.Strategy;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.testing.SampleBuild;

/** The sample's PDF reopened with PDFBox: metadata, length, text, links and bookmarks, as a reviewer meets them. */
class SamplePdfTest {

    static Strategy strategy;
    static PDDocument pdf;
    static String text;

    @BeforeAll
    static void open() throws IOException {
        strategy = new Pipeline().check(SampleBuild.CONTENT, false).strategy();
        Path file = SampleBuild.sourcePdf();
        pdf = Loader.loadPDF(file.toFile());
        text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void titleMetadataIsTheStrategyTitle() {
        String title = strategy.meta().title().in(strategy.meta().language());
        assertEquals("Digital Development Strategy of the Republic of Azerbaijan", title);
        assertEquals(title, pdf.getDocumentInformation().getTitle());
    }

    @Test
    void theSampleMakesMoreThanTwentyPages() {
        assertTrue(pdf.getNumberOfPages() > 20, "pages: " + pdf.getNumberOfPages());
    }

    @Test
    void textHasEveryPillarTitleAndEveryGapInitiativeAndKpiId() {
        String lang = strategy.meta().language();
        List<String> expected = new ArrayList<>();
        strategy.pillars().forEach(p -> expected.add(p.title().in(lang)));
        strategy.gaps().forEach(g -> expected.add(g.id()));
        strategy.initiatives().forEach(i -> expected.add(i.id()));
        strategy.kpis().forEach(k -> expected.add(k.id()));
        assertEquals(6 + 18 + 20 + 40, expected.size(), "the sample as the README describes it");
        List<String> missing = expected.stream().filter(s -> !text.contains(s)).toList();
        assertEquals(List.of(), missing, "not found in the PDF's text");
    }

    @Test
    void internalLinksGoToDestinationsInsideTheDocument() throws IOException {
        int internal = 0;
        List<String> problems = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation an : page.getAnnotations()) {
                if (!(an instanceof PDAnnotationLink link)) continue;
                PDAction action = link.getAction();
                if (action instanceof PDActionURI uri) {
                    String u = uri.getURI();
                    if (!(u.startsWith("http:") || u.startsWith("https:") || u.startsWith("mailto:")))
                        problems.add("URI action for an internal link: " + u);
                    continue;
                }
                PDDestination dest = link.getDestination();
                if (dest == null && action instanceof PDActionGoTo goTo) dest = goTo.getDestination();
                if (dest == null) {
                    problems.add("link without a destination on page " + (pdf.getPages().indexOf(page) + 1));
                    continue;
                }
                PDPageDestination target = dest instanceof PDNamedDestination named
                        ? pdf.getDocumentCatalog().findNamedDestinationPage(named)
                        : (PDPageDestination) dest;
                if (target == null || target.retrievePageNumber() < 0) problems.add("destination outside the document: " + dest);
                else internal++;
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(internal > 100, "internal links: " + internal);
    }

    @Test
    void bookmarksHaveTheFourModulesAtTopLevel() {
        var outline = pdf.getDocumentCatalog().getDocumentOutline();
        assertNotNull(outline, "no bookmarks");
        List<String> top = new ArrayList<>();
        for (PDOutlineItem item : outline.children()) top.add(item.getTitle());
        List<String> modules = strategy.modules().stream().map(m -> m.number() + " " + m.title()).toList();
        assertEquals(4, modules.size());
        assertEquals(modules, top);
        for (PDOutlineItem item : outline.children()) {
            assertTrue(item.hasChildren(), item.getTitle() + " has no sections under it");
            assertFalse(item.getTitle().isBlank());
        }
        assertEquals(List.of(1, 2, 3, 4), strategy.modules().stream().map(Module::number).toList());
    }
}
