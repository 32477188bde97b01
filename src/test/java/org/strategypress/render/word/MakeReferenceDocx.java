package org.strategypress.render.word;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/**
 * Made templates/word/reference.docx once (and its copy on the classpath); kept so that the file can be made
 * again. A design team restyles the file in Word; the Word copy only names these styles and lists.
 * Run: {@code java -cp target/classes:target/test-classes:DEPS org.strategypress.render.word.MakeReferenceDocx FILE}.
 */
public final class MakeReferenceDocx {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    public static void main(String[] args) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            CTStyles styles = StylesDocument.Factory.parse("<w:styles " + W + ">" + STYLES + "</w:styles>").getStyles();
            doc.createStyles().setStyles(styles);
            XWPFNumbering numbering = doc.createNumbering();
            for (String[] list : new String[][] {{"1", "bullet", "\u2022", "ListBullet"}, {"2", "decimal", "%1.", "ListNumber"}}) {
                CTAbstractNum a = NumberingDocument.Factory.parse("<w:numbering " + W + "><w:abstractNum w:abstractNumId=\"" + list[0]
                        + "\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\""
                        + list[1] + "\"/><w:pStyle w:val=\"" + list[3] + "\"/><w:lvlText w:val=\"" + list[2]
                        + "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum></w:numbering>")
                        .getNumbering().getAbstractNumArray(0);
                numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(a, numbering)));
            }
            doc.createParagraph().createRun().setText("strategy-press reference document: restyle the styles in Word; this text is not used.");
            doc.write(out);
        }
    }

    private static String style(String type, String id, String name, String basedOn, String ppr, String rpr, boolean def) {
        return "<w:style w:type=\"" + type + "\" w:styleId=\"" + id + "\"" + (def ? " w:default=\"1\"" : "") + "><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>") + "<w:qFormat/>"
                + (ppr.isEmpty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + (rpr.isEmpty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") + "</w:style>";
    }

    private static final String FONT = "<w:rFonts w:ascii=\"Noto Sans\" w:hAnsi=\"Noto Sans\" w:cs=\"Noto Sans\"/>";
    private static final String STYLES = "<w:docDefaults><w:rPrDefault><w:rPr>" + FONT + "<w:sz w:val=\"20\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + style("paragraph", "Normal", "Normal", null, "", "", true)
            + style("paragraph", "Title", "Title", "Normal", "<w:spacing w:after=\"240\"/>", "<w:b/><w:color w:val=\"0B2A4A\"/><w:sz w:val=\"48\"/>", false)
            + style("paragraph", "Subtitle", "Subtitle", "Normal", "", "<w:color w:val=\"444444\"/><w:sz w:val=\"26\"/>", false)
            + style("paragraph", "Heading1", "heading 1", "Normal", "<w:keepNext/><w:pageBreakBefore/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>", "<w:b/><w:color w:val=\"0B2A4A\"/><w:sz w:val=\"36\"/>", false)
            + style("paragraph", "Heading2", "heading 2", "Normal", "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/><w:outlineLvl w:val=\"1\"/>", "<w:b/><w:color w:val=\"0B2A4A\"/><w:sz w:val=\"28\"/>", false)
            + style("paragraph", "Heading3", "heading 3", "Normal", "<w:keepNext/><w:spacing w:before=\"200\" w:after=\"60\"/><w:outlineLvl w:val=\"2\"/>", "<w:b/><w:color w:val=\"0B2A4A\"/><w:sz w:val=\"23\"/>", false)
            + style("paragraph", "Heading4", "heading 4", "Normal", "<w:keepNext/><w:outlineLvl w:val=\"3\"/>", "<w:b/><w:sz w:val=\"21\"/>", false)
            + style("paragraph", "Caption", "caption", "Normal", "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/>", "<w:b/><w:sz w:val=\"18\"/>", false)
            + style("paragraph", "ListBullet", "List Bullet", "Normal", "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/>", "", false)
            + style("paragraph", "ListNumber", "List Number", "Normal", "<w:numPr><w:numId w:val=\"2\"/></w:numPr><w:spacing w:after=\"60\"/>", "", false)
            + style("paragraph", "Quote", "Quote", "Normal", "<w:ind w:left=\"567\" w:right=\"567\"/>", "<w:i/><w:color w:val=\"444444\"/>", false)
            + style("paragraph", "TOCHeading", "TOC Heading", "Heading1", "<w:pageBreakBefore w:val=\"0\"/><w:outlineLvl w:val=\"9\"/>", "", false)
            + style("paragraph", "SourceCode", "Source Code", "Normal", "", "<w:rFonts w:ascii=\"DejaVu Sans Mono\" w:hAnsi=\"DejaVu Sans Mono\"/><w:sz w:val=\"18\"/>", false)
            + style("paragraph", "FootnoteText", "footnote text", "Normal", "", "<w:sz w:val=\"18\"/>", false)
            + style("character", "Hyperlink", "Hyperlink", null, "", "<w:color w:val=\"0B4F8A\"/>", false)
            + style("character", "ParagraphNumber", "Paragraph Number", null, "", "<w:color w:val=\"808080\"/><w:sz w:val=\"14\"/>", false)
            + style("character", "FootnoteReference", "footnote reference", null, "", "<w:vertAlign w:val=\"superscript\"/>", false)
            + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>"
            + String.join("", java.util.stream.Stream.of("top", "left", "bottom", "right", "insideH", "insideV")
                    .map(side -> "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:color=\"BFBFBF\"/>").toList())
            + "</w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>";
}
