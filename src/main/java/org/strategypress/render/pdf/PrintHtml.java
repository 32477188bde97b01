package org.strategypress.render.pdf;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * Prepares the print HTML for the engine: parses it with jsoup (attribute case kept, so SVG's
 * {@code viewBox} survives) and adds what PDF/UA needs and authors forget.
 * <ul>
 *   <li>{@code lang} on {@code <html>}, a {@code <title>} and author/subject/keywords meta tags, from the
 *       metadata, when missing;</li>
 *   <li>a {@code title} on every {@code <a>} (its text, else its target);</li>
 *   <li>an {@code alt} on every inline {@code <svg>} (its {@code aria-label}, else its {@code <title>} child);</li>
 *   <li>for {@code <html class="letter">}, a {@code @page { size: letter }} rule after the linked stylesheets;</li>
 *   <li>a table's {@code id} moves to its {@code <caption>}: the engine reports a paginated table's
 *       page as the page where it ends, the caption's page is where it starts.</li>
 * </ul>
 */
final class PrintHtml {

    private PrintHtml() {
    }

    /** Parses {@code html} and applies the fixes above. */
    static Document prepare(String html, String baseUri, PdfMetadata meta) {
        Parser parser = Parser.htmlParser().settings(new ParseSettings(false, true));
        Document doc = Jsoup.parse(html, baseUri, parser);
        doc.outputSettings().prettyPrint(false);
        Element root = doc.selectFirst("html");
        if (root != null && root.attr("lang").isBlank()) root.attr("lang", meta.language());
        if (doc.head().selectFirst("title") == null) doc.head().appendElement("title").text(meta.title());
        addMeta(doc, "author", meta.author());
        addMeta(doc, "subject", meta.subject().isBlank() ? meta.title() : meta.subject());
        addMeta(doc, "keywords", meta.keywords());
        for (Element a : doc.select("a")) addLinkTitle(a);
        for (Element svg : doc.select("svg")) addSvgAlt(svg);
        for (Element table : doc.select("table[id]")) moveIdToCaption(table);
        if (root != null && root.hasClass("letter"))
            doc.head().appendElement("style").text("@page { size: letter; }");
        return doc;
    }

    /** The engine reads author, subject and keywords from meta tags (and warns when subject is missing). */
    private static void addMeta(Document doc, String name, String value) {
        if (value.isBlank() || doc.head().selectFirst("meta[name=" + name + "]") != null) return;
        doc.head().appendElement("meta").attr("name", name).attr("content", value);
    }

    private static void moveIdToCaption(Element table) {
        Element caption = table.selectFirst("> caption");
        if (caption == null || caption.hasAttr("id")) return;
        caption.attr("id", table.id());
        table.removeAttr("id");
    }

    private static void addLinkTitle(Element a) {
        if (!a.attr("title").isBlank()) return;
        String text = a.text().trim();
        if (text.isEmpty()) text = a.attr("aria-label").trim();
        if (text.isEmpty()) text = a.attr("href").trim();
        a.attr("title", text.isEmpty() ? "link" : text);
    }

    private static void addSvgAlt(Element svg) {
        if (!svg.attr("alt").isBlank()) return;
        String alt = svg.attr("aria-label").trim();
        if (alt.isEmpty()) {
            Element title = svg.selectFirst("> title");
            alt = title == null ? "" : title.text().trim();
        }
        svg.attr("alt", alt.isEmpty() ? "Figure" : alt);
    }
}
