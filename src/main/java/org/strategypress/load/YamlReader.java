package org.strategypress.load;

import org.strategypress.model.Rule;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML file into SnakeYAML nodes, which keep every position, without constructing any Java
 * object from the YAML (so no tag can instantiate a class). Refuses what a writer should be told about:
 * files too large, binary or not UTF-8, tabs in indentation, several documents, custom tags,
 * duplicate keys, keys that are not plain text, alias bombs and excessive nesting.
 */
public final class YamlReader {

    /** Largest YAML file read, in bytes. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    /** Deepest nesting of lists and mappings accepted. */
    public static final int MAX_DEPTH = 64;
    /** Most aliases to lists or mappings in one file. */
    public static final int MAX_ALIASES = 50;

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.MAP, Tag.SEQ, Tag.TIMESTAMP, Tag.MERGE);

    /** Line breaks as SnakeYAML counts them. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u0085\u2028\u2029]");

    private final LoaderOptions options;
    /** Which tag a plain scalar gets: built once, only read while composing (safe on every thread). */
    private final Resolver resolver = new Resolver();

    public YamlReader() {
        options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setProcessComments(false);
    }

    /**
     * The file's single document, or empty after adding an error to {@code problems}.
     *
     * @param file    the file to read
     * @param shownAs the path diagnostics name
     */
    public Optional<Node> read(Path file, Path shownAs, List<Diagnostic> problems) {
        SourcePosition whole = new SourcePosition(shownAs, 1, 1);
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(Rule.YAML_SYNTAX.at(whole, String.format(
                        "file is %.1f MB; YAML files may be at most %d MB: split it into several files",
                        size / 1048576.0, MAX_BYTES / 1048576)));
                return Optional.empty();
            }
            text = decode(Files.readAllBytes(file), shownAs, problems);
        } catch (IOException e) {
            problems.add(Rule.YAML_SYNTAX.at(whole, "cannot read file: " + e.getMessage()));
            return Optional.empty();
        }
        if (text == null) return Optional.empty();
        if (reportTabs(text, shownAs, problems)) return Optional.empty();
        return compose(text, shownAs, problems);
    }

    /** Parses YAML text that is already decoded (front matter of a chapter); lines are offset by {@code firstLine - 1}. */
    public Optional<Node> readText(String text, Path shownAs, int firstLine, List<Diagnostic> problems) {
        String padded = "\n".repeat(Math.max(0, firstLine - 1)) + text;
        if (reportTabs(padded, shownAs, problems)) return Optional.empty();
        return compose(padded, shownAs, problems);
    }

    private Optional<Node> compose(String text, Path shownAs, List<Diagnostic> problems) {
        // nodes only, as Yaml.composeAll gives them, without the constructor and representer a Yaml object builds
        Node first;
        try {
            Composer docs = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), resolver, options);
            if (!docs.checkNode()) {
                problems.add(Rule.YAML_SYNTAX.at(new SourcePosition(shownAs, 1, 1),
                        "file is empty (or only comments): it should hold a mapping"));
                return Optional.empty();
            }
            first = docs.getNode();
            if (docs.checkNode()) {
                Node second = docs.getNode();
                problems.add(Rule.YAML_SYNTAX.at(documentStart(text, shownAs, second.getStartMark()),
                        "a second YAML document ('---') in one file; keep one document per file"));
                return Optional.empty();
            }
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(Rule.YAML_SYNTAX.at(m == null ? new SourcePosition(shownAs, 1, 1) : at(shownAs, m),
                    describe(e)));
            return Optional.empty();
        } catch (YAMLException | StackOverflowError e) {
            problems.add(Rule.YAML_SYNTAX.at(new SourcePosition(shownAs, 1, 1), limitMessage(e)));
            return Optional.empty();
        }
        if (first == null) {
            problems.add(Rule.YAML_SYNTAX.at(new SourcePosition(shownAs, 1, 1),
                    "file is empty (or only comments): it should hold a mapping"));
            return Optional.empty();
        }
        int before = problems.size();
        checkTree(first, shownAs, problems, new IdentityHashMap<>());
        if (problems.size() != before) return Optional.empty();
        BlockScalarAnchors.anchor(first, text);
        return Optional.of(first);
    }

    /**
     * The '---' line that starts the document whose content begins at {@code content}, else that content.
     * (An empty document's content is at the end of the file, past the last line a writer sees.)
     */
    private static SourcePosition documentStart(String text, Path shownAs, Mark content) {
        String[] lines = LINE_BREAK.split(text, -1);
        for (int i = Math.min(content.getLine(), lines.length - 1); i >= 0; i--) {
            if (lines[i].equals("---") || lines[i].startsWith("--- ") || lines[i].startsWith("---\t"))
                return new SourcePosition(shownAs, i + 1, 1);
        }
        return at(shownAs, content);
    }

    /** Custom tags, duplicate keys and non-text keys, everywhere in the tree. */
    private void checkTree(Node node, Path shownAs, List<Diagnostic> problems, Map<Node, Boolean> seen) {
        if (seen.put(node, Boolean.TRUE) != null) return;
        if (!PLAIN_TAGS.contains(node.getTag())) {
            problems.add(Rule.YAML_SYNTAX.at(at(shownAs, node.getStartMark()),
                    "tag '" + node.getTag().getValue() + "' is not allowed: content files use plain YAML values only"));
            return;
        }
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) checkTree(item, shownAs, problems, seen);
        } else if (node instanceof MappingNode map) {
            Map<String, Node> keys = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                Node k = t.getKeyNode();
                if (!(k instanceof ScalarNode sk)) {
                    problems.add(Rule.YAML_SYNTAX.at(at(shownAs, k.getStartMark()),
                            "a key must be plain text, not a list or mapping"));
                    continue;
                }
                if (!PLAIN_TAGS.contains(k.getTag())) {
                    problems.add(Rule.YAML_SYNTAX.at(at(shownAs, k.getStartMark()),
                            "tag '" + k.getTag().getValue() + "' is not allowed: content files use plain YAML values only"));
                    continue;
                }
                Node earlier = keys.putIfAbsent(sk.getValue(), k);
                if (earlier != null) {
                    problems.add(Rule.YAML_SYNTAX.at(at(shownAs, k.getStartMark()),
                            "duplicate key '" + sk.getValue() + "': first at line "
                                    + (earlier.getStartMark().getLine() + 1) + ", again at line "
                                    + (k.getStartMark().getLine() + 1)));
                }
                checkTree(t.getValueNode(), shownAs, problems, seen);
            }
        }
    }

    private static String decode(byte[] bytes, Path shownAs, List<Diagnostic> problems) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.add(Rule.YAML_SYNTAX.at(positionOfByte(bytes, i, shownAs),
                        "binary file (NUL byte): content files must be UTF-8 text"));
                return null;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String s = decoder.decode(in).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (MalformedInputException e) {
            problems.add(Rule.YAML_SYNTAX.at(positionOfByte(bytes, in.position(), shownAs),
                    "not valid UTF-8 at byte " + in.position() + ": save the file as UTF-8"));
            return null;
        } catch (CharacterCodingException e) {
            problems.add(Rule.YAML_SYNTAX.at(new SourcePosition(shownAs, 1, 1),
                    "not valid UTF-8: save the file as UTF-8"));
            return null;
        }
    }

    private static SourcePosition positionOfByte(byte[] bytes, int offset, Path shownAs) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new SourcePosition(shownAs, line, col);
    }

    /** Tabs in indentation: YAML forbids them, and SnakeYAML's message does not say where clearly. */
    private static boolean reportTabs(String text, Path shownAs, List<Diagnostic> problems) {
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '\t') {
                    problems.add(Rule.YAML_SYNTAX.at(new SourcePosition(shownAs, line, i - start + 1),
                            "tab used for indentation: YAML indents with spaces only"));
                    return true;
                }
                if (c != ' ' && c != '-') break;
            }
            line++;
            start = end + 1;
        }
        return false;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
        String context = e.getContext();
        String msg = problem;
        if (problem.contains("could not find expected ':'")) msg = "expected 'key: value' here (is a ':' missing, or the indentation off?)";
        else if (problem.contains("mapping values are not allowed here"))
            msg = "a ':' where a value was expected: quote text that contains ': ', or check the indentation";
        else if (context != null && !context.isBlank()) msg = context + ": " + problem;
        return "malformed YAML: " + msg.replace('\n', ' ');
    }

    private static String limitMessage(Throwable e) {
        String m = String.valueOf(e.getMessage());
        if (e instanceof StackOverflowError || m.contains("Nesting Depth"))
            return "lists or mappings nested more than " + MAX_DEPTH + " levels deep";
        if (m.contains("aliases")) return "too many aliases (more than " + MAX_ALIASES + "): possible alias bomb";
        if (m.contains("code points")) return "file too large";
        return "malformed YAML: " + m.replace('\n', ' ');
    }

    private static SourcePosition at(Path shownAs, Mark mark) {
        return new SourcePosition(shownAs, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
