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
    void aFootnoteEndsWithItsTextWithoutTheSitesLinkBack() {
        // the site's "^" back to the footnote's reference is for screens; on paper it was a caret on a line of its own
        assertTrue(text.contains("The two are not strictly comparable in method."), "the footnote of module 1's introduction");
        assertFalse(text.contains("comparable in method. ^"), "no stray caret after it");
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
    void bookmarksHaveFrontMatterTheFourModulesAndTheAnnexesAtTopLevel() {
        var outline = pdf.getDocumentCatalog().getDocumentOutline();
        assertNotNull(outline, "no bookmarks");
        List<String> top = new ArrayList<>();
        for (PDOutlineItem item : outline.children()) top.add(item.getTitle());
        List<String> modules = strategy.modules().stream().map(m -> m.number() + " " + m.title()).toList();
        assertEquals(4, modules.size());
        // front matter first, then the modules, then the written annexes and the generated ones, lettered on
        List<String> expected = new ArrayList<>();
        strategy.front().forEach(c -> expected.add(c.title()));
        expected.addAll(modules);
        char letter = 'A';
        for (var annex : strategy.annexes()) expected.add("Annex " + letter++ + " " + annex.title());
        for (String generated : List.of("Acronyms", "Glossary", "References")) expected.add("Annex " + letter++ + " " + generated);
        expected.add("Annex " + letter++ + " Indicator reference sheets"); // the sample's KPIs have reference-sheet fields
        assertEquals(expected, top);
        for (PDOutlineItem item : outline.children()) {
            if (!modules.contains(item.getTitle())) continue;
            assertTrue(item.hasChildren(), item.getTitle() + " has no sections under it");
            assertFalse(item.getTitle().isBlank());
        }
        assertEquals(List.of(1, 2, 3, 4), strategy.modules().stream().map(Module::number).toList());
    }

    @Test
    void theRoadmapsYearAxisPrintsEachYearOnceAboveItsRowsOnEveryPageAndItsCaptionFollowsThem() throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        int legendPage = 0;
        int captionPage = 0;
        String head = "";
        String tail = "";
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            String page = stripper.getText(pdf);
            if (page.contains("....")) continue; // the lists of tables and figures
            if (legendPage == 0 && page.contains("Initiative, start to end") && page.contains("Milestone")) {
                legendPage = p;
                head = page;
            }
            if (captionPage == 0 && page.contains("Roadmap: initiatives over the horizon")) {
                captionPage = p;
                tail = page;
            }
        }
        StringBuilder axis = new StringBuilder();
        for (int y = strategy.meta().horizonFrom(); y <= strategy.meta().horizonTo(); y++) axis.append(axis.length() == 0 ? "" : " ").append(y);
        // the axis reads as the years in order, each once, after the legend on the page where the chart starts;
        // each later pillar group repeats it, so there it is once per group
        String words = String.join(" ", head.split("\\s+"));
        assertTrue(legendPage > 0, "the roadmap's legend is in the PDF");
        int first = words.indexOf(axis.toString());
        assertTrue(first > words.indexOf("Milestone"), "the year axis " + axis + " under the legend on page " + legendPage + ":\n" + head);
        assertFalse(words.contains(axis.toString().substring(0, 4) + " " + axis.toString().substring(0, 4)), "no year twice in a row");
        // pillar groups stay whole, so a long roadmap may run onto the next page, where its caption ends it: that
        // page starts with a group, and the group with its years
        assertTrue(captionPage == legendPage || captionPage == legendPage + 1,
                "caption on page " + captionPage + ", chart starts on page " + legendPage);
        if (captionPage > legendPage)
            assertTrue(String.join(" ", tail.split("\\s+")).contains(axis.toString()), "the year axis again on page " + captionPage + ":\n" + tail);
    }

    @Test
    void kpiChartsHaveTickLabelsAndEachKeepsItsLegendAxisAndCaptionOnOnePage() throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        int figures = 0;
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            s.setStartPage(p);
            s.setEndPage(p);
            String page = s.getText(pdf);
            // "KPI baselines and targets: PILLAR", or "..., with actuals reported by YYYY-MM: PILLAR"
            int captions = page.split("KPI baselines and targets[:,]", -1).length - 1;
            if (captions == 0 || page.contains("....")) continue; // no KPI chart ends here, or the list of figures
            // the legend reads "Baseline Target"; other tables on the page may say "Baseline" alone
            long legends = String.join(" ", page.split("\\s+")).split("Baseline Target", -1).length - 1;
            assertEquals(captions, legends, "page " + p + ": a KPI chart's legend without its caption, or the reverse");
            figures += captions;
        }
        assertEquals(6, figures, "a KPI chart per pillar");
        // Digital Infrastructure's first KPI runs 19.68 (2020) to 35 (2030): ticks 10 to 40
        assertTrue(text.contains("10 20 30 40"), "value ticks of KPI-INFRA-1");
    }

    /** The text of the one page (not the list of figures) that has {@code caption}. */
    private static String pageWith(String caption) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            s.setStartPage(p);
            s.setEndPage(p);
            String page = s.getText(pdf);
            if (page.contains(caption) && !page.contains("....")) return page;
        }
        throw new AssertionError("no page with " + caption);
    }
}
