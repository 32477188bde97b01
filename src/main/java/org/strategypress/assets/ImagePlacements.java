package org.strategypress.assets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strategypress.markdown.AssetResolver;
import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.markdown.MarkdownRef;
import org.strategypress.model.Assessment;
import org.strategypress.model.Chapter;
import org.strategypress.model.Module;
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

    /** One Markdown text: its content, where its first line is, the folder its relative links start from. */
    public record MarkdownText(String markdown, SourcePosition start, Path dir, boolean chapter) {
    }

    /** Every Markdown text of {@code s}: chapters first, then prose fields; images in YAML resolve from {@code root}. */
    public static List<MarkdownText> texts(Strategy s, Path root) {
        List<MarkdownText> out = new ArrayList<>();
        for (Module m : s.modules())
            for (Chapter c : m.chapters())
                out.add(new MarkdownText(c.body(), c.at().at(c.bodyLine(), 1), fileDir(c.at()), true));
        for (Text t : prose(s)) {
            if (t == null) continue;
            // a block scalar's position is its first content line and indentation (see YamlReader)
            for (String v : t.byLanguage().values()) out.add(new MarkdownText(v, t.at(), root, false));
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
                if (res.ok()) out.putIfAbsent(res.file(), position(t.start(), r));
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

    private static List<Text> prose(Strategy s) {
        List<Text> out = new ArrayList<>();
        s.pillars().forEach(p -> out.add(p.summary()));
        for (Assessment a : s.assessments()) {
            out.addAll(List.of(a.summary()));
            out.add(a.institutional());
            out.add(a.legal());
            out.add(a.regulatory());
            out.add(a.dataGovernance());
        }
        s.trends().forEach(t -> out.add(t.summary()));
        s.benchmarks().forEach(b -> out.add(b.summary()));
        s.visions().forEach(v -> out.add(v.statement()));
        s.gaps().forEach(g -> {
            out.add(g.asIs());
            out.add(g.toBe());
        });
        s.initiatives().forEach(i -> out.add(i.description()));
        s.principles().forEach(p -> out.add(p.text()));
        return out;
    }
}
