package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strategypress.testing.SampleBuild;
import org.strategypress.testing.StrategyFixture;

/** The sample's site holds together: every link lands somewhere, nothing is fetched from outside, no [[ID]] is broken. */
class SampleSiteIntegrityTest {

    static Path html;
    static Map<String, Document> pages = new HashMap<>();

    @BeforeAll
    static void buildSample() throws IOException {
        html = SampleBuild.sourceHtml();
        try (Stream<Path> s = Files.list(html)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).sorted().toList())
                pages.put(p.getFileName().toString(), StrategyFixture.parse(p));
        }
        pages.put("../pdf/print.html", StrategyFixture.parse(onlyPrintHtml()));
    }

    static Path onlyPrintHtml() throws IOException {
        return SampleBuild.sourcePrintHtml();
    }

    @Test
    void theSiteHasAnIndexAPagePerModuleAndAPagePerEntity() {
        var strategy = new org.strategypress.pipeline.Pipeline().check(SampleBuild.CONTENT, false).strategy();
        for (String page : List.of("index.html", "module-1.html", "module-2.html", "module-3.html", "module-4.html"))
            assertTrue(pages.containsKey(page), page);
        // terms and references have no page of their own: the glossary and the references list them
        List<String> missing = strategy.identified().filter(e -> !List.of("terms", "references").contains(e.kind()))
                .map(e -> e.id() + ".html")
                .filter(p -> !pages.containsKey(p)).toList();
        assertEquals(List.of(), missing, "entities without a page");
    }

    @Test
    void everyHrefResolvesToAFileAndItsFragmentToAnElement() {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            if (e.getKey().startsWith("../")) continue;
            for (Element a : e.getValue().select("[href]")) {
                String href = a.attr("href");
                if (href.startsWith("mailto:")) continue;
                int hash = href.indexOf('#');
                String file = hash < 0 ? href : href.substring(0, hash);
                String fragment = hash < 0 ? null : URLDecoder.decode(href.substring(hash + 1), StandardCharsets.UTF_8);
                String target = file.isEmpty() ? e.getKey() : file;
                if (!Files.isRegularFile(html.resolve(target))) {
                    broken.add(e.getKey() + ": " + href + " (no file)");
                    continue;
                }
                if (fragment != null && !fragment.isEmpty()) {
                    Document t = pages.get(target);
                    if (t == null || t.getElementById(fragment) == null) broken.add(e.getKey() + ": " + href + " (no anchor)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyFragmentLinkOfThePrintDocumentHasItsAnchor() {
        Document print = pages.get("../pdf/print.html");
        List<String> broken = new ArrayList<>();
        for (Element a : print.select("a[href^=#], bookmark[href^=#]")) {
            String id = a.attr("href").substring(1);
            if (print.getElementById(id) == null) broken.add(a.attr("href"));
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void nothingPointsOutsideTheSite() {
        List<String> outside = new ArrayList<>();
        Pattern cssUrl = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)");
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            // links included: the sample cites its sources in text, so not even a link leaves the site
            for (Element el : e.getValue().select("[src], [href], [srcset], [poster], object[data]")) {
                for (String attr : List.of("src", "href", "srcset", "poster", "data")) {
                    String v = el.attr(attr).strip();
                    if (v.isEmpty()) continue;
                    if (external(v)) outside.add(e.getKey() + ": <" + el.tagName() + " " + attr + "=" + v + ">");
                }
            }
            for (Element el : e.getValue().select("[style], style")) {
                Matcher m = cssUrl.matcher(el.tagName().equals("style") ? el.data() : el.attr("style"));
                while (m.find()) if (external(m.group(1))) outside.add(e.getKey() + ": url(" + m.group(1) + ")");
            }
        }
        assertEquals(List.of(), outside);
    }

    @Test
    void stylesheetsFetchNothingFromOutside() throws IOException {
        Pattern cssUrl = Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")]+)");
        List<String> outside = new ArrayList<>();
        try (Stream<Path> s = Files.walk(html.getParent())) {
            for (Path css : s.filter(f -> f.toString().endsWith(".css")).toList()) {
                Matcher m = cssUrl.matcher(Files.readString(css));
                while (m.find()) if (external(m.group(1))) outside.add(css.getFileName() + ": " + m.group(1));
            }
        }
        assertEquals(List.of(), outside);
    }

    @Test
    void everyIdLinkWrittenInTheSampleResolves() {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, Document> e : pages.entrySet())
            for (Element b : e.getValue().select(".ref.broken")) broken.add(e.getKey() + ": " + b.outerHtml());
        assertEquals(List.of(), broken);
    }

    private static boolean external(String v) {
        String s = v.toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("http:") || s.startsWith("https:") || s.startsWith("//") || s.startsWith("ftp:");
    }
}
