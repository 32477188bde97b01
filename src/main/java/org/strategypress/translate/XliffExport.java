package org.strategypress.translate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.strategypress.model.Chapter;
import org.strategypress.model.Module;
import org.strategypress.model.Strategy;
import org.strategypress.model.Text;

/**
 * The texts still to translate into one language as XLIFF 2.0: one {@code <file>} per source file, one {@code <unit>}
 * per text ({@code name} = kind/id/field, the key {@link XliffImport} finds it by) or per chapter ({@code name} =
 * {@code chapter/<file>}, the whole body), each with the fingerprint of its source in a note, so that an import can
 * refuse a translation of a text that changed meanwhile. Chapters that are missing or outdated are exported; an
 * outdated one with its current translation as the target, to revise.
 */
public final class XliffExport {

    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String CHAPTER = "chapter/";

    private XliffExport() {
    }

    /** The XLIFF document for {@code lang}, one of the strategy's languages other than its source. */
    public static String of(Strategy s, Path contentRoot, String lang) {
        String source = s.meta().language();
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        int[] unit = {0};
        for (TextField t : TranslatableTexts.of(s)) {
            Text x = t.text();
            if (x.hasValueIn(lang)) continue;
            String value = x.in(source);
            String file = shown(contentRoot, x.at().file());
            files.computeIfAbsent(file, k -> new StringBuilder())
                    .append(unit(++unit[0], t.key(), Fingerprints.of(value), x.at().file().getFileName() + ":" + x.at().line(),
                            value, null));
        }
        for (Module m : s.modules()) {
            for (Chapter c : m.chapters()) {
                Chapter t = c.translations().get(lang);
                String fp = c.fingerprint();
                if (t != null && fp.equals(t.source())) continue;
                String file = shown(contentRoot, c.at().file());
                files.computeIfAbsent(file, k -> new StringBuilder())
                        .append(unit(++unit[0], CHAPTER + file, fp, file, c.body(), t == null ? null : t.body()));
            }
        }
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"").append(NS)
                .append("\" version=\"2.0\" srcLang=\"").append(esc(source)).append("\" trgLang=\"").append(esc(lang)).append("\">\n");
        int f = 0;
        for (Map.Entry<String, StringBuilder> e : files.entrySet())
            b.append(" <file id=\"f").append(++f).append("\" original=\"").append(esc(e.getKey())).append("\">\n")
                    .append(e.getValue()).append(" </file>\n");
        return b.append("</xliff>\n").toString();
    }

    private static String unit(int n, String name, String fingerprint, String location, String source, String target) {
        StringBuilder b = new StringBuilder("  <unit id=\"u").append(n).append("\" name=\"").append(esc(name)).append("\">\n")
                .append("   <notes>\n    <note category=\"fingerprint\">").append(fingerprint).append("</note>\n")
                .append("    <note category=\"location\">").append(esc(location)).append("</note>\n   </notes>\n")
                .append("   <segment").append(target == null ? "" : " state=\"initial\"").append(">\n    <source>")
                .append(esc(source)).append("</source>\n");
        if (target != null) b.append("    <target>").append(esc(target)).append("</target>\n");
        return b.append("   </segment>\n  </unit>\n").toString();
    }

    /** A file as the XLIFF names it: relative to the content folder, with '/'. */
    static String shown(Path contentRoot, Path file) {
        Path root = contentRoot.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(root) ? root.relativize(f) : f).toString().replace('\\', '/');
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot carry are dropped. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF)
                        b.appendCodePoint(c);
                }
            }
        });
        return b.toString();
    }
}
