package org.strategypress.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strategypress.model.Chapter;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Strategy;
import org.strategypress.model.Text;

/**
 * Where images are placed: every Markdown text of a strategy (chapters, and the prose fields of entities) with
 * the position its first line has in its file, and, found by scanning them, the Markdown line placing each
 * image file. Validation walks the same texts; the PDF uses the placements to report an engine message about
 * an image at the writer's line rather than in the print HTML.
 */
public final class ImagePlacements {

    private ImagePlacements() {
    }

    /**
     * One Markdown text: its content, where its first line is, the folder its relative links start from, and for a
     * YAML text how to find a reference's place in the file (YAML folds lines; null for a chapter, whose lines are
     * the file's).
     */
    public record MarkdownText(String markdown, SourcePosition start, Path dir, boolean chapter, TextPlacer placer) {

        /** Where {@code r}, found in this text, is written in its file. */
        public SourcePosition position(MarkdownRef r) {
            return placer != null ? placer.place(r) : ImagePlacements.position(start, r);
        }
    }

    /**
     * Every Markdown text of {@code s}: chapters first, then the Markdown fields of every kind as the registry declares
     * them, each language of a per-language text on its own; images in YAML resolve from {@code root}.
     */
    public static List<MarkdownText> texts(Strategy s, Path root) {
        return texts(s, root, new SourceTexts());
    }

    /** The same, reading YAML files through {@code files} when a reference must be placed in one. */
    public static List<MarkdownText> texts(Strategy s, Path root, SourceTexts files) {
        List<MarkdownText> out = new ArrayList<>();
        // front matter, the modules' chapters and the written annexes, in document order, each followed by its translations
        for (Chapter source : s.chapters().toList()) {
            List<Chapter> all = new ArrayList<>(List.of(source));
            all.addAll(source.translations().values());
            all.forEach(c -> out.add(new MarkdownText(c.body(), c.at().at(c.bodyLine(), 1), fileDir(c.at()), true, null)));
        }
        for (Text t : ProseFields.of(s)) {
            for (Map.Entry<String, String> v : t.byLanguage().entrySet()) {
                SourcePosition start = t.positionOf(v.getKey());
                out.add(new MarkdownText(v.getValue(), start, root, false, new TextPlacer(v.getValue(), start, files)));
            }
        }
        return out;
    }

    /** The first place each image file is placed (real file to Markdown position), in the order met. */
    public static Map<Path, SourcePosition> firstPlacements(Strategy s, MarkdownDialect markdown, AssetResolver resolver) {
        Map<Path, SourcePosition> out = new LinkedHashMap<>();
        for (MarkdownText t : texts(s, resolver.root())) {
            if (!t.markdown().contains("![") && !t.markdown().contains("]:")) continue;
            for (MarkdownRef r : markdown.scan(t.markdown())) {
                if (r.type() != MarkdownRef.Type.IMAGE) continue;
                AssetResolver.Resolution res = resolver.resolve(r.target(), t.dir());
                if (res.ok()) out.putIfAbsent(res.file(), t.position(r));
            }
        }
        return out;
    }

    /** The file position of {@code r}, found in a text starting at {@code start}. */
    public static SourcePosition position(SourcePosition start, MarkdownRef r) {
        return start.at(start.line() + r.line() - 1, start.column() + r.column() - 1);
    }

    private static Path fileDir(SourcePosition at) {
        Path p = at.file().toAbsolutePath().getParent();
        return p == null ? Path.of("") : p;
    }
}
