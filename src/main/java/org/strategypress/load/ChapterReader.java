package org.strategypress.load;

import org.strategypress.model.DisplayPaths;
import org.strategypress.model.Rule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.strategypress.model.schema.ContentSchema;
import org.strategypress.model.Chapter;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Module;
import org.strategypress.model.SourcePosition;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Reads {@code modules/<N>-<slug>/*.md}, {@code front/*.md} and {@code annexes/*.md}: front matter, title and body of
 * each chapter, in order.
 */
final class ChapterReader {

    /** Largest chapter read, in bytes. */
    static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final Pattern MODULE_DIR = Pattern.compile("^([1-9])-([a-z0-9]+(?:-[a-z0-9]+)*)$");
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^\\d+[-_.]?");

    private final YamlReader yaml;
    private final Parser headings = org.strategypress.markdown.SafeMarkdown.builder(new com.vladsch.flexmark.util.data.MutableDataSet()).build();

    ChapterReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    List<Module> modules(Path root, List<Diagnostic> problems) {
        Path dir = root.resolve("modules");
        if (!Files.isDirectory(dir)) return List.of();
        Path realRoot = realRoot(root);
        if (LinkEscape.leaves(realRoot, dir, problems)) return List.of();
        List<Module> modules = new ArrayList<>();
        Map<Integer, Path> seen = new HashMap<>();
        for (Path m : list(dir)) {
            if (!Files.isDirectory(m) || m.getFileName().toString().startsWith(".")) continue;
            if (LinkEscape.leaves(realRoot, m, problems)) continue;
            Matcher mm = MODULE_DIR.matcher(m.getFileName().toString());
            SourcePosition at = SourcePosition.of(DisplayPaths.of(m));
            if (!mm.matches()) {
                problems.add(Rule.BAD_MODULE.at(at, "module folders are named <N>-<slug> with N from 1 to 9, "
                        + "such as 1-as-is-assessment; '" + m.getFileName() + "' is not read"));
                continue;
            }
            int n = Integer.parseInt(mm.group(1));
            if (seen.putIfAbsent(n, m) != null) {
                problems.add(Rule.BAD_MODULE.at(at, "two folders for module " + n + ": "
                        + seen.get(n).getFileName() + " and " + m.getFileName()));
                continue;
            }
            List<Chapter> chapters = new ArrayList<>();
            Map<String, Map<String, Chapter>> translations = new HashMap<>();
            List<Path> files = list(m);
            for (Path f : files) {
                if (f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f)) {
                    if (LinkEscape.leaves(realRoot, f, problems)) continue;
                    String lang = translationLanguage(f, files);
                    Chapter c = chapter(f, problems);
                    if (c == null) continue;
                    if (lang == null) chapters.add(c);
                    else translations.computeIfAbsent(sourceName(f, lang), k -> new HashMap<>()).put(lang, c);
                }
            }
            chapters.replaceAll(c -> translations.containsKey(c.at().file().getFileName().toString())
                    ? c.withTranslations(translations.get(c.at().file().getFileName().toString())) : c);
            if (chapters.isEmpty()) {
                problems.add(Rule.BAD_MODULE.at(at, "module " + n + " has no chapter (*.md file)"));
                continue;
            }
            chapters.sort(Comparator.comparingInt(Chapter::order));
            modules.add(new Module(n, mm.group(2), chapters, at));
        }
        modules.sort(Comparator.comparingInt(Module::number));
        return modules;
    }

    /**
     * The language of a translated chapter: {@code 01-intro.az.md} beside {@code 01-intro.md} is its translation into
     * az; any other file is a chapter of its own (null).
     */
    private static String translationLanguage(Path f, List<Path> siblings) {
        String name = f.getFileName().toString();
        String stem = name.substring(0, name.length() - ".md".length());
        int dot = stem.lastIndexOf('.');
        if (dot <= 0) return null;
        String lang = stem.substring(dot + 1);
        if (lang.length() < 2 || lang.length() > 8 || !lang.chars().allMatch(ch -> (ch >= 'a' && ch <= 'z') || ch == '-'))
            return null;
        Path source = f.resolveSibling(stem.substring(0, dot) + ".md");
        return siblings.contains(source) ? lang : null;
    }

    private static String sourceName(Path translation, String lang) {
        String name = translation.getFileName().toString();
        return name.substring(0, name.length() - (lang.length() + ".md".length() + 1)) + ".md";
    }

    private static Path realRoot(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new LoadException("cannot read " + root + ": " + e.getMessage());
        }
    }

    /**
     * The chapters of a folder that is not a module ({@code front/}, {@code annexes/}): each {@code *.md} file one
     * chapter, in front-matter {@code order}, else file-name order. An absent folder has none.
     */
    List<Chapter> chapters(Path root, String folder, List<Diagnostic> problems) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) return List.of();
        List<Chapter> chapters = new ArrayList<>();
        for (Path f : list(dir)) {
            String n = f.getFileName().toString();
            if (n.endsWith(".md") && !n.startsWith(".") && Files.isRegularFile(f)) {
                Chapter c = chapter(f, problems);
                if (c != null) chapters.add(c);
            }
        }
        chapters.sort(Comparator.comparingInt(Chapter::order));
        return chapters;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new LoadException("cannot list " + dir + ": " + e.getMessage());
        }
    }

    private Chapter chapter(Path file, List<Diagnostic> problems) {
        Path shown = DisplayPaths.of(file);
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.add(Rule.BAD_VALUE.at(new SourcePosition(shown, 1, 1),
                        "chapter is larger than " + MAX_BYTES / 1048576 + " MB: split it into several chapters"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) throw new CharacterCodingException();
        } catch (CharacterCodingException e) {
            problems.add(Rule.BAD_VALUE.at(new SourcePosition(shown, 1, 1),
                    "chapter is not UTF-8 text: save it as UTF-8"));
            return null;
        } catch (IOException e) {
            problems.add(Rule.BAD_VALUE.at(SourcePosition.of(shown), "cannot read chapter: " + e.getMessage()));
            return null;
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n");
        String name = file.getFileName().toString().replaceFirst("\\.md$", "");
        String slug = NUMBER_PREFIX.matcher(name).replaceFirst("").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.isEmpty()) slug = "chapter";
        String title = null;
        SourcePosition titleAt = null;
        String source = null;
        String translatedBy = null;
        SourcePosition sourceAt = null;
        int order = Integer.MAX_VALUE;
        int bodyLine = 1;
        String body = text;
        if (text.startsWith("---\n")) {
            int end = findFrontMatterEnd(text);
            if (end < 0) {
                problems.add(Rule.YAML_SYNTAX.at(new SourcePosition(shown, 1, 1),
                        "front matter starts with '---' but has no closing '---' line"));
                return null;
            }
            String fm = text.substring(4, end);
            bodyLine = 2 + (int) fm.chars().filter(c -> c == '\n').count() + 1;
            int nl = text.indexOf('\n', end + 1);
            body = nl < 0 ? "" : text.substring(nl + 1);
            if (!fm.isBlank()) {
                var node = yaml.readText(fm, shown, 2, problems).orElse(null);
                Checked c = node == null ? null
                        : new NodeChecker(shown, problems).check(node, "front matter", ContentSchema.CHAPTER.fields());
                if (c != null) {
                    title = c.string("title");
                    if (title != null) titleAt = c.keyAt().get("title");
                    source = c.string("source");
                    translatedBy = c.string("translation");
                    sourceAt = c.keyAt().get("source");
                    if (c.number("order") != null) order = c.number("order").intValue();
                }
            }
        }
        if (title == null) {
            Heading first = firstHeading(body);
            if (first != null) {
                title = first.getText().toString().trim();
                titleAt = new SourcePosition(shown, bodyLine + first.getStartLineNumber(), 1);
            }
        }
        if (title == null) title = name;
        if (order == Integer.MAX_VALUE) order = 1_000_000;
        return new Chapter(title, order, body, bodyLine, slug, new SourcePosition(shown, 1, 1), source, translatedBy, Map.of(),
                sourceAt, titleAt);
    }

    private static int findFrontMatterEnd(String text) {
        int i = 4;
        while (i <= text.length()) {
            int nl = text.indexOf('\n', i);
            String line = text.substring(i, nl < 0 ? text.length() : nl);
            if (line.equals("---") || line.equals("...")) return i;
            if (nl < 0) return -1;
            i = nl + 1;
        }
        return -1;
    }

    /** The first heading of the body at its top level, or null. */
    private Heading firstHeading(String body) {
        // not given to the parser: the validator reports it (markdown-limit) and the title falls back to the file name
        if (org.strategypress.markdown.SafeMarkdown.refused(body)) return null;
        for (Node n = headings.parse(body).getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) return h;
        }
        return null;
    }
}
