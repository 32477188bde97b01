package org.strategypress.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /** Parsed character maps by font file (path, size, time): fonts are read once per process, not per build. */
    private static final Map<String, CmapLookup> CMAPS = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<CmapLookup> text = new java.util.ArrayList<>();
    private final List<CmapLookup> code = new java.util.ArrayList<>();
    private final Map<Integer, Boolean> textSeen = new java.util.HashMap<>();
    private final Map<Integer, Boolean> codeSeen = new java.util.HashMap<>();

    private GlyphCoverage() {
    }

    /** Coverage of the fonts in {@code fontsDir}: proportional fonts for text, all fonts for code. */
    public static GlyphCoverage of(Path fontsDir) throws IOException {
        if (!Files.isDirectory(fontsDir)) return new GlyphCoverage();
        try (Stream<Path> s = Files.list(fontsDir)) {
            return of(s.sorted().toList());
        }
    }

    /** Coverage of the given font files (others than .ttf are passed over), which may lie inside the jar. */
    public static GlyphCoverage of(List<Path> files) throws IOException {
        GlyphCoverage g = new GlyphCoverage();
        List<Path> fonts = files.stream()
                .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")).toList();
        for (Path f : fonts) {
            CmapLookup cmap = cmap(f);
            if (cmap == null) continue;
            g.code.add(cmap);
            if (!f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).contains("mono")) g.text.add(cmap);
        }
        return g;
    }

    private static CmapLookup cmap(Path font) throws IOException {
        String key = font.toUri() + "|" + Files.size(font) + "|" + Files.getLastModifiedTime(font).toMillis();
        CmapLookup known = CMAPS.get(key);
        if (known != null) return known;
        // the font stays open: its character map reads from it
        TrueTypeFont ttf = font.getFileSystem() == java.nio.file.FileSystems.getDefault()
                ? new TTFParser().parse(new RandomAccessReadBufferedFile(font.toFile()))
                : new TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(Files.readAllBytes(font)));
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap != null) CMAPS.put(key, cmap);
        return cmap;
    }

    private boolean covered(int cp, boolean isCode) {
        Map<Integer, Boolean> seen = isCode ? codeSeen : textSeen;
        return seen.computeIfAbsent(cp, c -> {
            for (CmapLookup m : isCode ? code : text) if (m.getGlyphId(c) > 0) return true;
            return false;
        });
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
                    if (cp > 0x20 && !Character.isWhitespace(cp) && !covered(cp, isCode)) {
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
