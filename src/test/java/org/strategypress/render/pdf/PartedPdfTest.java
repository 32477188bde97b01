package org.strategypress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.Pipeline;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The sample rendered in parts (forced, in parts small enough to cut modules), checked as the single
 * render is in {@link SamplePdfTest}, plus what joining must get right: contents page numbers, links across
 * parts, the stamped footer in the same place as the engine's, and reproducible bytes.
 */
class PartedPdfTest {

    static final PdfMetadata META = new PdfMetadata("Digital Development Strategy", "Ministry", "Sample", "sample", "en",
            Instant.parse("2026-01-01T00:00:00Z"), "strategy-press test");
    static final PdfRenderer PARTED = new PdfRenderer(PdfOptions.alwaysInParts(80_000));

    @TempDir
    static Path out;
    static PrintDocument print;
    static byte[] single;
    static byte[] parted;
    static PdfResult result;
    static java.util.Set<String> figures;
    static List<String> tempBefore;
    static List<String> tempAfter;
    /** The pictures the Word copy was told before the join, and how many bytes of the PDF were written then. */
    static Map<String, List<ChartPictures.Picture>> toldEarly;
    static int bytesWhenTold = -1;

    @BeforeAll
    static void renderTheSampleInParts() throws Exception {
        BuildResult r = new Pipeline(Map.of("SOURCE_DATE_EPOCH", "1767225600"))
                .build(BuildRequest.of(Path.of("content"), Path.of("templates"), out.resolve("build")));
        assertTrue(r.ok(), () -> "sample build failed: " + r.diagnostics());
        Path file = r.outputs().stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        single = Files.readAllBytes(file);
        Path dir = file.getParent();
        String html = Files.readString(dir.resolve(file.getFileName().toString().replace(".pdf", ".html")));
        print = new PrintDocument(html, dir, List.of(dir), META);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        figures = new java.util.LinkedHashSet<>(org.jsoup.Jsoup.parse(html).select("figure.chart[id]").eachAttr("id"));
        tempBefore = ourTemporaryFiles();
        result = PARTED.render(print.withPlaces(java.util.Set.of()).withPictures(figures), bytes, null, pictures -> {
            toldEarly = pictures;
            bytesWhenTold = bytes.size();
        });
        tempAfter = ourTemporaryFiles();
        parted = bytes.toByteArray();
    }

    /** What the render writes into the system's temporary folder: the parts' folder and the joined file before its fix. */
    private static List<String> ourTemporaryFiles() throws java.io.IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("press-parts-") || n.startsWith("press-pdf-")).sorted().toList();
        }
    }

    @Test
    void leavesNoTemporaryFilesBehind() {
        assertEquals(tempBefore, tempAfter, "the parts and the joined file are written to temporary files, removed after");
    }

    @Test
    void cutsTheSampleIntoSeveralPartsWithoutProblems() {
        assertTrue(PrintParts.split(print.html(), 80_000).takeBody().size() >= 5, "the sample should make several parts");
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void passesPdfUa1WithNoFailedRule() {
        assertEquals(List.of(), VeraPdf.failures(parted, PDFAFlavour.PDFUA_1));
    }

    @Test
    void passesPdfA2aWithNoFailedRule() {
        assertEquals(List.of(), VeraPdf.failures(parted, PDFAFlavour.PDFA_2_A));
    }

    @Test
    void everyFontIsEmbeddedAndNoRasterImages() throws Exception {
        PdfAssertions.fontsEmbeddedAndNoRasterImages(parted);
    }

    @Test
    void outlineIsTheSameTreeAsTheSingleRender() throws Exception {
        try (PDDocument a = Loader.loadPDF(single); PDDocument b = Loader.loadPDF(parted)) {
            List<String> expected = titles(a.getDocumentCatalog().getDocumentOutline(), "");
            assertTrue(expected.size() > 20, expected.toString());
            assertEquals(expected, titles(b.getDocumentCatalog().getDocumentOutline(), ""));
            // at the top level: the front matter, the four modules, then the annexes (written, then generated)
            assertEquals(12, count(b.getDocumentCatalog().getDocumentOutline()), "front matter, four modules, six annexes");
        }
    }

    @Test
    void everyPageAfterTheCoverSaysPageXOfYAndDraft() throws Exception {
        try (PDDocument doc = Loader.loadPDF(parted)) {
            int n = doc.getNumberOfPages();
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            assertTrue(!s.getText(doc).contains("page 1 of"), "the cover has no footer");
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
    void stampedFooterSitsWhereTheEngineDrawsIt() throws Exception {
        float[] engine = footerBox(single);
        float[] stamped = footerBox(parted);
        for (int i = 0; i < 3; i++)
            assertEquals(engine[i], stamped[i], 0.6f, "footer left edge, right edge and baseline: engine "
                    + java.util.Arrays.toString(engine) + ", stamped " + java.util.Arrays.toString(stamped));
    }

    @Test
    void contentsPageNumbersAreThePagesOfTheHeadings() throws Exception {
        try (PDDocument doc = Loader.loadPDF(parted)) {
            Map<String, Integer> listed = contentsEntries(doc);
            List<PDOutlineItem> items = new ArrayList<>();
            collect(doc.getDocumentCatalog().getDocumentOutline(), items);
            for (PDOutlineItem item : items) {
                int page = doc.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()) + 1;
                assertEquals(page, listed.get(item.getTitle()), "contents entry for " + item.getTitle());
                // text extraction may drop a hyphen where the engine could break the line ("co-designed" reads "codesigned")
                assertTrue(pageText(doc, page).replaceAll("[-\\s]", "").contains(item.getTitle().substring(item.getTitle().indexOf(' ') + 1).replaceAll("[-\\s]", "")),
                        "heading " + item.getTitle() + " is on page " + page);
            }
        }
    }

    @Test
    void everyReferenceLinkLandsOnThePageHoldingItsTarget() throws Exception {
        int checked = 0;
        int far = 0;
        try (PDDocument doc = Loader.loadPDF(parted)) {
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                for (PDAnnotation a : doc.getPage(p).getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link)) continue;
                    if (link.getAction() instanceof PDActionURI uri)
                        assertTrue(!uri.getURI().startsWith(PrintParts.CROSS_PART), "unresolved cross-part link " + uri.getURI());
                    if (!(link.getDestination() instanceof PDPageDestination d) || link.getContents() == null) continue;
                    int target = doc.getPages().indexOf(d.getPage());
                    assertTrue(target >= 0, "a link to a page outside the document on page " + (p + 1));
                    String[] idAndName = link.getContents().split(" ", 2);
                    if (!idAndName[0].matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+") || idAndName.length < 2) continue;
                    String there = pageText(doc, target + 1);
                    String name = idAndName[1].substring(0, Math.min(25, idAndName[1].length()));
                    assertTrue(there.contains(idAndName[0]) || there.contains(name),
                            "link to " + link.getContents() + " on page " + (p + 1) + " lands on page " + (target + 1));
                    checked++;
                    if (Math.abs(target - p) > 10) far++;
                }
            }
        }
        assertTrue(checked > 100, "reference links checked: " + checked);
        assertTrue(far > 10, "links reaching into other parts: " + far);
    }

    /**
     * What the review copy drawn on these pages relies on: each numbered block's place, read from the parts' layouts
     * and moved by the pages before its part, is the page that shows its first words, its top within the page.
     */
    @Test
    void everyNumberedBlockIsPlacedOnThePageThatShowsIt() throws Exception {
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(print.html());
        List<BlockPlace> places = result.places();
        assertTrue(places.size() > 100, "the sample's chapters have hundreds of numbered blocks: " + places.size());
        try (PDDocument pdf = Loader.loadPDF(parted)) {
            PDFTextStripper text = new PDFTextStripper();
            Map<Integer, String> pages = new java.util.HashMap<>();
            int checked = 0;
            for (BlockPlace p : places) {
                org.jsoup.nodes.Element e = html.selectFirst("[data-para=\"" + p.key() + "\"]");
                String letters = e == null || !e.tagName().equals("p") ? "" : e.text().replaceAll("[^\\p{L}\\p{N}]", "");
                if (letters.length() < 30) continue;
                String page = pages.computeIfAbsent(p.firstPage(), i -> textOf(text, pdf, i + 1)).replaceAll("[^\\p{L}\\p{N}]", "");
                // some 15 letters of its first 80 (a paragraph that starts with a link chip or a reference number is
                // extracted in another order at its start)
                boolean shown = false;
                for (int i = 0; i + 15 <= Math.min(letters.length(), 80) && !shown; i += 5) shown = page.contains(letters.substring(i, i + 15));
                assertTrue(shown, p.key() + " placed on page " + (p.firstPage() + 1) + " which does not show its first words: "
                        + letters.substring(0, 30));
                float height = pdf.getPage(p.firstPage()).getMediaBox().getHeight();
                assertTrue(p.top() > 0 && p.top() < p.baseline() && p.baseline() < height, p.toString());
                checked++;
            }
            assertTrue(checked > 100, "paragraphs checked: " + checked);
        }
    }

    @Test
    void everyChartIsCutOutOfThePartThatShowsIt() throws Exception {
        assertTrue(figures.size() > 20, "the sample has some 27 charts: " + figures);
        assertEquals(figures, result.pictures().keySet(), "a picture for every chart, for the Word copy");
        for (var e : result.pictures().entrySet())
            for (ChartPictures.Picture p : e.getValue()) {
                java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(p.png()));
                assertTrue(png.getWidth() > 900 && png.getHeight() > 40, e.getKey() + ": " + png.getWidth() + " x " + png.getHeight());
                assertTrue(!blank(png), e.getKey() + " is a white picture: cut from the wrong page or place");
            }
    }

    @Test
    void theChartsAreToldBeforeThePartsAreJoined() {
        // the Word copy waits for them; told only once the file was written, it held its text through the whole join
        assertEquals(0, bytesWhenTold, "told before a byte of the joined PDF was written");
        assertEquals(result.pictures().keySet(), toldEarly.keySet());
        for (String id : toldEarly.keySet())
            assertEquals(result.pictures().get(id).size(), toldEarly.get(id).size(), id);
    }

    private static boolean blank(java.awt.image.BufferedImage png) {
        for (int y = 0; y < png.getHeight(); y += 2)
            for (int x = 0; x < png.getWidth(); x += 2)
                if ((png.getRGB(x, y) & 0xffffff) < 0x808080) return false;
        return true;
    }

    private static String textOf(PDFTextStripper text, PDDocument pdf, int page) {
        try {
            text.setStartPage(page);
            text.setEndPage(page);
            return text.getText(pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Every link is tagged: a structure element holds an object reference to it, written inside the element's kids,
     * not as an object of its own (one per link; the joined x50 document has some 110,000), in both renders.
     */
    @Test
    void everyLinkIsTaggedByAReferenceWrittenInsideItsElement() throws Exception {
        for (byte[] pdf : List.of(single, parted)) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                java.util.Set<org.apache.pdfbox.cos.COSBase> links = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                for (PDPage page : doc.getPages())
                    for (var a : page.getAnnotations())
                        if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) links.add(a.getCOSObject());
                java.util.Set<org.apache.pdfbox.cos.COSBase> tagged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                int indirect = 0;
                java.util.ArrayDeque<org.apache.pdfbox.cos.COSBase> todo = new java.util.ArrayDeque<>();
                todo.push(doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject());
                while (!todo.isEmpty()) {
                    org.apache.pdfbox.cos.COSBase k = todo.pop();
                    boolean isIndirect = k instanceof org.apache.pdfbox.cos.COSObject;
                    if (isIndirect) k = ((org.apache.pdfbox.cos.COSObject) k).getObject();
                    if (k instanceof org.apache.pdfbox.cos.COSArray kids) {
                        kids.forEach(todo::push);
                    } else if (k instanceof org.apache.pdfbox.cos.COSDictionary d) {
                        if (org.apache.pdfbox.cos.COSName.OBJR.equals(d.getCOSName(org.apache.pdfbox.cos.COSName.TYPE))) {
                            if (isIndirect) indirect++;
                            tagged.add(d.getDictionaryObject(org.apache.pdfbox.cos.COSName.OBJ));
                        } else if (d.containsKey(org.apache.pdfbox.cos.COSName.K)) {
                            todo.push(d.getItem(org.apache.pdfbox.cos.COSName.K));
                        }
                    }
                }
                assertTrue(links.size() > 100, "the sample has many links: " + links.size());
                assertEquals(links, tagged, "every link annotation is tagged, and nothing else");
                assertEquals(0, indirect, "object references written inside their elements");
            }
        }
    }

    /**
     * Every box with a border or a background is a background artifact; their property lists (about 280 on a page
     * of tables) all refer to one list per page size, whose box is the page's: in the one-piece render and in the
     * joined one.
     */
    @Test
    void backgroundArtifactsShareOneListPerPageSize() throws Exception {
        for (byte[] pdf : List.of(single, parted)) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                java.util.Set<org.apache.pdfbox.cos.COSBase> lists = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                java.util.Set<String> boxes = new java.util.HashSet<>();
                int uses = 0;
                for (PDPage page : doc.getPages()) {
                    boxes.add(page.getCropBox().toString());
                    org.apache.pdfbox.cos.COSDictionary props = page.getResources().getCOSObject()
                            .getCOSDictionary(org.apache.pdfbox.cos.COSName.PROPERTIES);
                    if (props == null) continue;
                    for (org.apache.pdfbox.cos.COSName key : props.keySet()) {
                        org.apache.pdfbox.cos.COSDictionary list = props.getCOSDictionary(key);
                        if (!org.apache.pdfbox.cos.COSName.BACKGROUND.equals(list.getCOSName(org.apache.pdfbox.cos.COSName.TYPE))) continue;
                        uses++;
                        lists.add(list);
                        assertEquals(page.getCropBox().toString(),
                                new org.apache.pdfbox.pdmodel.common.PDRectangle(list.getCOSArray(org.apache.pdfbox.cos.COSName.BBOX)).toString());
                    }
                }
                assertTrue(uses > 10 * doc.getNumberOfPages(), "the sample's pages have many boxes with borders: " + uses);
                assertEquals(boxes.size(), lists.size(), "one list per page size " + boxes);
            }
        }
    }

    @Test
    void sameInputAndDateGiveTheSameBytes() {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        PARTED.render(print, again);
        assertArrayEquals(parted, again.toByteArray());
    }

    // ---------- helpers ----------

    private static List<String> titles(PDOutlineNode node, String indent) {
        List<String> out = new ArrayList<>();
        for (PDOutlineItem i : node.children()) {
            out.add(indent + i.getTitle());
            out.addAll(titles(i, indent + "  "));
        }
        return out;
    }

    private static int count(PDOutlineNode node) {
        int n = 0;
        for (PDOutlineItem ignored : node.children()) n++;
        return n;
    }

    private static void collect(PDOutlineNode node, List<PDOutlineItem> into) {
        for (PDOutlineItem i : node.children()) {
            into.add(i);
            collect(i, into);
        }
    }

    private static String pageText(PDDocument doc, int page) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc).replaceAll("\\s+", " ");
    }

    /** Contents lines "1.2 Title ....... 7" up to the first module page, title to page. */
    private static Map<String, Integer> contentsEntries(PDDocument doc) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(2);
        s.setEndPage(8);
        Map<String, Integer> out = new java.util.HashMap<>();
        Matcher m = Pattern.compile("(?m)^(\\S.*?)\\s*(?:\\.\\s*){3,}(\\d+)\\s*$").matcher(s.getText(doc));
        while (m.find()) out.putIfAbsent(m.group(1).trim(), Integer.parseInt(m.group(2)));
        return out;
    }

    /** Left edge, right edge and baseline of "page 2 of N" on page 2. */
    private static float[] footerBox(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.contains("page 2 of")) glyphs.addAll(positions);
                }
            };
            s.setStartPage(2);
            s.setEndPage(2);
            s.getText(doc);
            assertTrue(!glyphs.isEmpty(), "no footer on page 2");
            TextPosition last = glyphs.get(glyphs.size() - 1);
            return new float[] {glyphs.get(0).getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), last.getYDirAdj()};
        }
    }
}
