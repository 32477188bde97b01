package org.strategypress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * The hand-written scanners that replace regular expressions accept exactly what the expressions accepted:
 * thousands of short random texts (where the expressions are still safe) give the same HTML through flexmark's
 * own inline parser and through {@link SafeInlineParser}, the same thematic breaks and the same directives.
 */
class SafeParsingEquivalenceTest {

    private static final String[] TOKENS = {"<", ">", "!", "-", "--", "?", "/", "\"", "'", "=", " ", "  ", "\n", "\t",
            "a", "b", "B", "[", "]", "(", ")", "\\", "@", ".", ":", "<!--", "-->", "<?", "?>", "<![CDATA[", "]]>",
            "<!DOCTYPE", "<!doc", "x@y.z", "a-b", "http:", "*", "_", "`", "{", "}", "&", "\u0000", "\r", "\u2028",
            "<a", "</a>", " href=", "=\"", "[x](", "<http://e.org>", "<u@e.org>", "\"t\"", "'t'", "(t)", "\\>", "\\\"",
            "|", "| a |", "|---|", "[^1]", "[^1]: ", ": ", "[[", "]]", "[x]: ", "\n\n", "> ", "- ", "1. ", "    ", "#"};

    private static String random(Random r, int maxTokens) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(maxTokens);
        for (int i = 0; i < n; i++) b.append(TOKENS[r.nextInt(TOKENS.length)]);
        return b.toString();
    }

    @Test
    void inlineParsingGivesTheSameHtmlAsFlexmarksExpressions() {
        MutableDataSet a = options();
        a.set(Parser.HTML_BLOCK_START_ONLY_ON_BLOCK_TAGS, true);
        Parser flexmark = Parser.builder(a).build();
        Parser safe = SafeMarkdown.builder(options()).build();
        HtmlRenderer html = HtmlRenderer.builder(a).build();
        Random r = new Random(20261201);
        for (int i = 0; i < 12_000; i++) {
            String md = random(r, 24);
            String expected = html.render(flexmark.parse(md));
            String actual = html.render(safe.parse(md));
            assertEquals(expected, actual, () -> "for " + quote(md));
        }
    }

    @Test
    void linkReferencesAndTitlesAsFlexmarkReadsThem() {
        MutableDataSet a = options();
        a.set(Parser.HTML_BLOCK_START_ONLY_ON_BLOCK_TAGS, true);
        Parser flexmark = Parser.builder(a).build();
        Parser safe = SafeMarkdown.builder(options()).build();
        HtmlRenderer html = HtmlRenderer.builder(a).build();
        Random r = new Random(7);
        for (int i = 0; i < 6_000; i++) {
            String md = (r.nextBoolean() ? "[x]: " : "[x](") + random(r, 10) + (r.nextBoolean() ? ")" : "") + "\n\n[x]\n";
            assertEquals(html.render(flexmark.parse(md)), html.render(safe.parse(md)), () -> "for " + quote(md));
        }
    }

    @Test
    void theThematicBreakExpressionMatchesWhatFlexmarksDid() {
        Pattern original = Pattern.compile("^(?:(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,}|(?:-[ \\t]*){3,})[ \\t]*$");
        assertTrue(SafeMarkdown.thematicBreakPatched(), "flexmark's ThematicBreakParser.PATTERN could not be replaced");
        String alphabet = "-*_ \tx\n";
        Random r = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(12);
            for (int k = 0; k < n; k++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String s = b.toString();
            assertEquals(original.matcher(s).matches(), SafeMarkdown.THEMATIC_BREAK.matcher(s).matches(), () -> quote(s));
        }
    }

    @Test
    void directivesAreReadAsTheExpressionReadThem() {
        Pattern line = Pattern.compile("^\\{\\{\\s*([a-z][a-z0-9-]*)((?:\\s+[a-z_]+=[^\\s}]+)*)\\s*}}$");
        Pattern arg = Pattern.compile("([a-z_]+)=([^\\s}]+)");
        Pattern looksLike = Pattern.compile("^\\{\\{.*}}$");
        String[] parts = {"{{", "}}", "}", "{", " ", "\t", "\n", "a", "b-1", "=", "x", "pillar", "_", "A", "9", "=="};
        Random r = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder(r.nextInt(4) == 0 ? "" : "{{");
            int n = r.nextInt(9);
            for (int k = 0; k < n; k++) b.append(parts[r.nextInt(parts.length)]);
            if (r.nextInt(4) != 0) b.append("}}");
            String s = b.toString();
            Matcher m = line.matcher(s.trim());
            Directive d = Directive.parse(s);
            if (!m.matches()) {
                assertEquals(null, d, () -> quote(s));
            } else {
                java.util.Map<String, String> args = new java.util.LinkedHashMap<>();
                Matcher am = arg.matcher(m.group(2));
                while (am.find()) args.put(am.group(1), am.group(2));
                assertEquals(new Directive(m.group(1), args), d, () -> quote(s));
            }
            assertEquals(looksLike.matcher(s.trim()).matches(), Directive.looksLikeOne(s), () -> quote(s));
        }
    }

    /** The dialect's extensions, as MarkdownDialect sets them. */
    private static MutableDataSet options() {
        MutableDataSet o = new MutableDataSet();
        o.set(com.vladsch.flexmark.ext.wikilink.WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        o.set(Parser.EXTENSIONS, java.util.List.of(com.vladsch.flexmark.ext.tables.TablesExtension.create(),
                com.vladsch.flexmark.ext.footnotes.FootnoteExtension.create(),
                com.vladsch.flexmark.ext.definition.DefinitionExtension.create(),
                com.vladsch.flexmark.ext.wikilink.WikiLinkExtension.create()));
        return o;
    }

    private static String quote(String s) {
        return "'" + s.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r").replace("\u0000", "\\0") + "'";
    }
}
