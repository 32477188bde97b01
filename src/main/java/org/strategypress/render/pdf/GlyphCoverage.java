package org.strategypress.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Which characters the shipped fonts can draw. The PDF engine draws a character no embedded font has as
 * "#", silently; this finds such characters in the print HTML first, so the build can say where they are.
 */
public final class GlyphCoverage {

    private static final java.util.Set<String> CODE_TAGS = java.util.Set.of("code", "pre", "kbd", "samp");

    private final BitSet text = new BitSet();
    private final BitSet code = new BitSet();

    private GlyphCoverage() {
    }

    /** Coverage of the fonts in {@code fontsDir}: proportional fonts for text, all fonts for code. */
    public static GlyphCoverage of(Path fontsDir) throws IOException {
        GlyphCoverage g = new GlyphCoverage();
        if (!Files.isDirectory(fontsDir)) return g;
        List<Path> fonts;
        try (Stream<Path> s = Files.list(fontsDir)) {
            fonts = s.filter(p -> p.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")).sorted().toList();
        }
        for (Path f : fonts) {
            BitSet covered = cmap(f);
            g.code.or(covered);
            if (!f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).contains("mono")) g.text.or(covered);
        }
        return g;
    }

    private static BitSet cmap(Path font) throws IOException {
        BitSet set = new BitSet();
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font.toFile()))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            if (cmap == null) return set;
            for (int cp = 0x20; cp <= 0x2FFFF; cp++) if (cmap.getGlyphId(cp) > 0) set.set(cp);
        }
        return set;
    }

    /** Characters the fonts cannot draw, each with a little of the text around its first use. */
    public Map<String, String> missing(Document doc) {
        Map<String, String> out = new LinkedHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (!(node instanceof TextNode t)) return;
                boolean isCode = false;
                for (Element e = t.parent(); e != null && !isCode; e = e.parent())
                    isCode = CODE_TAGS.contains(e.normalName());
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); ) {
                    int cp = s.codePointAt(i);
                    if (cp > 0x20 && !Character.isWhitespace(cp) && !(isCode ? code : text).get(cp)) {
                        String ch = new String(Character.toChars(cp));
                        out.putIfAbsent(String.format("U+%04X '%s'", cp, ch),
                                s.substring(Math.max(0, i - 30), Math.min(s.length(), i + 30)).replaceAll("\\s+", " ").trim());
                    }
                    i += Character.charCount(cp);
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
            }
        }, doc.body());
        return out;
    }
}
