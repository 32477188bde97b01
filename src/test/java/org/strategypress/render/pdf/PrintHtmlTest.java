package org.strategypress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The accessibility and layout fixes applied to the print HTML before rendering. */
class PrintHtmlTest {

    private static final PdfMetadata META = new PdfMetadata("Strategy", "Ministry", "", "", "az", Instant.EPOCH, "");

    private static Document prepare(String body) {
        return PrintHtml.prepare("<html><head></head><body>" + body + "</body></html>", "file:///tmp/x/", META);
    }

    @Test
    void linksGetATitleFromTheirText() {
        Document d = prepare("<a href='#a'>Budget</a><a href='#b' title='Kept'>x</a><a href='#c'></a>");
        assertEquals("Budget", d.select("a").get(0).attr("title"));
        assertEquals("Kept", d.select("a").get(1).attr("title"));
        assertEquals("#c", d.select("a").get(2).attr("title"));
    }

    @Test
    void svgGetsAltFromAriaLabelOrTitleAndKeepsViewBox() {
        Document d = prepare("<svg aria-label='Bars' viewBox='0 0 10 10'></svg><svg><title>Line chart</title></svg>");
        assertEquals("Bars", d.select("svg").get(0).attr("alt"));
        assertEquals("0 0 10 10", d.select("svg").get(0).attr("viewBox"));
        assertEquals("Line chart", d.select("svg").get(1).attr("alt"));
    }

    @Test
    void languageTitleAndMetaComeFromMetadataWhenMissing() {
        Document d = prepare("<p>x</p>");
        assertEquals("az", d.selectFirst("html").attr("lang"));
        assertEquals("Strategy", d.title());
        assertEquals("Ministry", d.selectFirst("meta[name=author]").attr("content"));
    }

    @Test
    void tableIdsMoveToCaptionsSoListsOfTablesShowWhereTheyStart() {
        Document d = prepare("""
                <nav class='lot'><a href='#t2'>B</a></nav>
                <table id='t1'><caption>A</caption></table><table id='t2'><caption>B</caption></table>""");
        assertEquals("t2", d.select("caption").get(1).id());
        assertEquals("", d.select("table").get(1).id());
    }

    @Test
    void letterClassAddsAPageSizeRule() {
        Document d = PrintHtml.prepare("<html class='letter'><head></head><body></body></html>", "file:///tmp/", META);
        assertEquals("@page { size: letter; }", d.head().select("style").last().data());
    }
}
