package org.strategypress.render.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.Output;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.testing.StrategyFixture;

/**
 * The Word copy: Word's heading styles, a TOC field, tables as Word tables with their numbered captions, [[ID]]
 * links to bookmarks, paragraph numbers as bookmarks, footnotes, track changes on; and pandoc, which nobody here
 * wrote, finds the headings, tables, captions and links in it.
 */
class WordCopyTest {

    static final String CHAPTER = """
            ---
            title: Introduction
            ---
            # Introduction

            This strategy builds digital skills ([[SKILLS]]).[^1]

            ## Delivery

            - first step
            - second step

            | Year | Graduates |
            |------|-----------|
            | 2027 | 1500      |

            [^1]: Source: the team's own estimate.
            """;

    @TempDir
    Path dir;

    @Test
    void theWordCopyHasHeadingStylesTocTablesLinksBookmarksAndTracksChanges() throws Exception {
        Path docx = build();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()) || "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertTrue(headings.contains("1 Introduction"), headings.toString());
            assertTrue(headings.contains("1.1 Delivery"), headings.toString());
            assertTrue(doc.getStyles().styleExist("Heading1") && doc.getStyles().styleExist("ListBullet"), "styles from reference.docx");

            Set<String> bookmarks = new HashSet<>();
            Set<String> anchors = new HashSet<>();
            for (XWPFParagraph p : allParagraphs(doc)) {
                for (CTBookmark b : p.getCTP().getBookmarkStartList()) bookmarks.add(b.getName());
                for (CTHyperlink h : p.getCTP().getHyperlinkList()) if (h.getAnchor() != null) anchors.add(h.getAnchor());
            }
            assertTrue(bookmarks.containsAll(List.of("p_1_1_1", "p_1_1_2", "SKILLS")), bookmarks.toString());
            assertTrue(anchors.contains("SKILLS"), anchors.toString());
            assertTrue(bookmarks.containsAll(anchors), "every internal link has its bookmark: " + anchors + " in " + bookmarks);

            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getCTP().xmlText().contains("TOC \\o")), "a TOC field");
            assertTrue(doc.isTrackRevisions(), "track changes is on");
            assertTrue(doc.getTables().stream().anyMatch(t -> t.getText().contains("Graduates") && t.getText().contains("1500")));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> "Caption".equals(p.getStyle()) && p.getText().startsWith("Table 1.1")));
            assertEquals(1, doc.getFootnotes().stream().filter(f -> f.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat).contains("the team's own estimate")).count());
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> "ListBullet".equals(p.getStyle()) && p.getText().contains("second step")));
        }
    }

    @Test
    void pandocReadsHeadingsTablesCaptionsAndLinks() throws Exception {
        assumeTrue(onPath("pandoc"), "pandoc is not installed (apt-get install pandoc): skipped");
        Path docx = build();
        // the maturity table (its columns Pillar, Maturity, Basis) is numbered 1.1 and captioned; before the tables had a
        // column grid, pandoc read them all as empty
        // +styles: pandoc keeps each paragraph's Word style, so a caption is a Div of Word's built-in "caption" style
        Process p = new ProcessBuilder("pandoc", "-f", "docx+styles", "-t", "json", docx.toString()).redirectErrorStream(true).start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), json);
        assertTrue(json.contains("\"t\":\"Header\""), "headings");
        assertTrue(json.contains("\"t\":\"Table\""), "tables");
        // pandoc names the target by the heading that holds the bookmark: any "#..." target is an internal link (its
        // text in a Span of the Hyperlink style)
        assertTrue(java.util.regex.Pattern.compile("\\{\"t\":\"Str\",\"c\":\"SKILLS\"\\}[^\\]]*\"Digital\"[^\\]]*\"skills\"\\}[\\]\\}]*,\\[\"#[a-z]")
                .matcher(json).find(), "the [[SKILLS]] link is an internal link");
        assertTrue(json.contains("\"t\":\"Note\""), "footnotes");
        String caption = besideTable(org.strategypress.report.Json.MAPPER.readTree(json).get("blocks"), "\"Maturity\"");
        assertTrue(caption.contains("[\"custom-style\",\"caption\"]") && caption.contains("{\"t\":\"Str\",\"c\":\"1.1.\"}"),
                "the table's numbered caption beside it, in Word's caption style: " + caption);
    }

    @Test
    void chartsArePicturesCutOutOfTheArchivalPdfWithTheirCaptionsAsText() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/modules/1-intro/01-introduction.md",
                CHAPTER + "\nThe maturity of each pillar:\n\n{{maturity-chart}}\n");
        BuildResult r = new Pipeline().build(BuildRequest.of(strategy.content(), Path.of("templates").toAbsolutePath(), strategy.out())
                .only(EnumSet.of(Output.PDF, Output.WORD)));
        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));
        Path docx = r.outputs().stream().filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertFalse(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains("Chart: see the PDF")), "no note instead of the chart");
            List<org.apache.poi.xwpf.usermodel.XWPFPicture> pictures = doc.getParagraphs().stream()
                    .flatMap(p -> p.getRuns().stream()).flatMap(run -> run.getEmbeddedPictures().stream()).toList();
            assertEquals(1, pictures.size(), "one picture: the maturity chart");
            var picture = pictures.get(0);
            assertTrue(picture.getDescription().contains("Digital maturity by pillar"), "its caption is its alternative text: " + picture.getDescription());
            java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(picture.getPictureData().getData()));
            assertTrue(png.getWidth() > 900, "cut at 150 dpi across the text width: " + png.getWidth());
            assertTrue(colouredPixels(png) > 1000, "the pillar's bar is drawn, in colour");
            XWPFParagraph after = doc.getParagraphs().get(doc.getParagraphs().indexOf(pictureParagraph(doc)) + 1);
            assertEquals("Caption", after.getStyle());
            assertTrue(after.getText().startsWith("Figure 1.1"), "the numbered caption follows, as text: " + after.getText());
        }
    }

    @Test
    void aGeneratedBlockShowsItsParagraphNumberAndATableWithoutCaptionGetsNoCaptionParagraph() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/modules/1-intro/01-introduction.md",
                CHAPTER + "\nThe maturity of each pillar:\n\n{{maturity-table}}\n");
        BuildResult r = new Pipeline().build(BuildRequest.of(strategy.content(), Path.of("templates").toAbsolutePath(), strategy.out())
                .only(EnumSet.of(Output.PDF, Output.WORD)));
        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));
        String number = strategy.print().selectFirst("div.block-maturity-table").attr("data-para");
        assertFalse(number.isEmpty(), "the print document numbers the block");
        Path docx = r.outputs().stream().filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith(number + "  ")),
                    "the block's number " + number + " stands before its first paragraph, as in the PDF's margin");
            assertFalse(doc.getParagraphs().stream().anyMatch(p -> "Caption".equals(p.getStyle()) && p.getText().matches("[0-9.\\s]*")),
                    "no Caption paragraph holding only a number (the chapter's table has no caption)");
        }
    }

    @Test
    void aCaptionAboveItsChartInThePdfIsAboveItsPictureInWord() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(dir)
                .write("content/objectives.yaml", """
                        objectives:
                          - id: OBJ-SKILLS
                            title: More ICT graduates
                            pillar: SKILLS
                            contributes_to: [NT-ICT]
                            constraints: [GAP-SKILLS]
                        """)
                .write("content/modules/1-intro/01-introduction.md", CHAPTER + "\n{{theory-of-change}}\n");
        BuildResult r = new Pipeline().build(BuildRequest.of(strategy.content(), Path.of("templates").toAbsolutePath(), strategy.out())
                .only(EnumSet.of(Output.PDF, Output.WORD)));
        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));
        assertEquals("figcaption", strategy.print().selectFirst("figure.tc-figure").child(0).tagName(), "the PDF's caption is first");
        Path docx = r.outputs().stream().filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> all = doc.getParagraphs();
            XWPFParagraph before = all.get(all.indexOf(pictureParagraph(doc)) - 1);
            assertEquals("Caption", before.getStyle());
            assertTrue(before.getText().contains("Figure 1.1. Theory of change of OBJ-SKILLS"), "the caption, then the picture: " + before.getText());
            assertFalse(all.get(all.indexOf(pictureParagraph(doc)) + 1).getText().contains("Theory of change"), "and not again after it");
        }
    }

    @Test
    void theWordCopyOfAnAzerbaijaniStrategyHasItsOwnWordsInAzerbaijani() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/strategy.yaml", StrategyFixture.STRATEGY + "language: az\n")
                .write("content/modules/1-intro/01-introduction.md", CHAPTER + "\n{{maturity-chart}}\n");
        BuildResult r = new Pipeline().build(BuildRequest.of(strategy.content(), Path.of("templates").toAbsolutePath(), strategy.out())
                .only(EnumSet.of(Output.WORD)));
        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));
        Path docx = r.outputs().stream().filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> "TOCHeading".equals(p.getStyle()) && p.getText().equals("Mündəricat")),
                    "the contents' heading: " + text.subList(0, Math.min(6, text.size())));
            assertTrue(text.stream().anyMatch(t -> t.contains("Mündəricatı göstərmək üçün bu sahəni yeniləyin (F9).")), "the field's text");
            assertTrue(text.stream().anyMatch(t -> t.endsWith("[Diaqram: bu versiyanın PDF faylına baxın.]")), "the note of a chart without its picture (after the block's number)");
            assertFalse(text.stream().anyMatch(t -> t.contains("Contents") || t.contains("see the PDF")), "no English words of its own");
        }
    }

    @Test
    void theWordCopyHasTheDocumentControlTableOfThePdf() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/strategy.yaml", StrategyFixture.STRATEGY + """
                reviews:
                  - {version: "0.2", date: 2026-10-15, by: Ministry of Economy, decision: comments, note: asks for costs}
                """);
        BuildResult r = new Pipeline().build(BuildRequest.of(strategy.content(), Path.of("templates").toAbsolutePath(), strategy.out())
                .only(EnumSet.of(Output.WORD)));
        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));
        Path docx = r.outputs().stream().filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getTables().stream().anyMatch(t -> t.getText().contains("Ministry of Economy") && t.getText().contains("asks for costs")),
                    "who reviewed which version, as on the PDF's second page");
            List<String> headings = doc.getParagraphs().stream().filter(p -> "TOCHeading".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertEquals(List.of("Document control", "Contents"), headings, "before the contents, and not listed in them");
        }
    }

    private static XWPFParagraph pictureParagraph(XWPFDocument doc) {
        return doc.getParagraphs().stream().filter(p -> p.getRuns().stream().anyMatch(run -> !run.getEmbeddedPictures().isEmpty()))
                .findFirst().orElseThrow();
    }

    /** Pixels that are neither white, grey nor black. */
    private static int colouredPixels(java.awt.image.BufferedImage png) {
        int n = 0;
        for (int y = 0; y < png.getHeight(); y++)
            for (int x = 0; x < png.getWidth(); x++) {
                int rgb = png.getRGB(x, y);
                int red = (rgb >> 16) & 0xff, green = (rgb >> 8) & 0xff, blue = rgb & 0xff;
                if (Math.max(red, Math.max(green, blue)) - Math.min(red, Math.min(green, blue)) > 60) n++;
            }
        return n;
    }

    /** The blocks just before and after the table holding {@code text}, in whichever block list holds it; "" if none. */
    private static String besideTable(com.fasterxml.jackson.databind.JsonNode node, String text) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                var b = node.get(i);
                if (b.path("t").asText().equals("Table") && b.toString().contains(text))
                    return (i > 0 ? node.get(i - 1).toString() : "") + (i + 1 < node.size() ? node.get(i + 1).toString() : "");
            }
        }
        for (var child : node) {
            String found = besideTable(child, text);
            if (!found.isEmpty()) return found;
        }
        return "";
    }

    private Path build() {
        StrategyFixture strategy = StrategyFixture.in(dir).write("content/modules/1-intro/01-introduction.md", CHAPTER);
        BuildResult r = new Pipeline().build(BuildRequest.of(strategy.content(), Path.of("templates").toAbsolutePath(), strategy.out())
                .only(EnumSet.of(Output.WORD)));
        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));
        return r.outputs().stream().filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
    }

    private static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> all = new java.util.ArrayList<>(doc.getParagraphs());
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs()))));
        return all;
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) if (Files.isExecutable(Path.of(d, tool))) return true;
        return false;
    }
}
