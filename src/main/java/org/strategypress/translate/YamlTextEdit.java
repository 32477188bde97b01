package org.strategypress.translate;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.strategypress.model.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Writes one language's value of one text into a YAML file's text, leaving every other byte as it was: the text's
 * node is found by its position (SnakeYAML's marks), and the value is replaced ({@code az:} already there), added
 * to its mapping (a new {@code az:} line in a block mapping, {@code , az: ...} in a flow one), or the plain string
 * becomes {@code {en: <as written>, az: ...}}.
 */
final class YamlTextEdit {

    private final String yaml;
    private final Node root;

    YamlTextEdit(String yaml) {
        this.yaml = yaml;
        LoaderOptions o = new LoaderOptions();
        o.setAllowDuplicateKeys(false);
        o.setMaxAliasesForCollections(50);
        o.setCodePointLimit(4 * 1024 * 1024);
        this.root = new Yaml(o).compose(new StringReader(yaml));
    }

    /** The file's text with {@code lang: value} set on the text written at {@code at}; null if no text starts there. */
    String set(SourcePosition at, String source, String lang, String value) {
        Node n = find(root, at.line() - 1, at.column() - 1);
        if (n == null) return null;
        String quoted = quote(value);
        if (n instanceof ScalarNode s) {
            String written = slice(s);
            boolean flowSafe = s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN || written.matches("[^,\\[\\]{}#:\\n\"']*");
            if (s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED)
                return replace(s, "{" + source + ": " + quote(s.getValue()) + ", " + lang + ": " + quoted + "}"
                        + (yaml.substring(0, end(s)).endsWith("\n") ? "\n" : ""));
            return replace(s, "{" + source + ": " + (flowSafe ? written : quote(s.getValue())) + ", " + lang + ": " + quoted + "}");
        }
        if (!(n instanceof MappingNode m)) return null;
        for (NodeTuple t : m.getValue())
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(lang)) return replace(t.getValueNode(), quoted);
        if (m.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            int close = yaml.lastIndexOf('}', end(m) - 1);
            int before = close;
            while (before > 0 && Character.isWhitespace(yaml.charAt(before - 1))) before--;
            return yaml.substring(0, before) + ", " + lang + ": " + quoted + yaml.substring(before);
        }
        NodeTuple last = m.getValue().get(m.getValue().size() - 1);
        int indent = m.getValue().get(0).getKeyNode().getStartMark().getColumn();
        int after = end(last.getValueNode());
        String line = " ".repeat(indent) + lang + ": " + quoted;
        if (after > 0 && yaml.charAt(after - 1) == '\n') return yaml.substring(0, after) + line + "\n" + yaml.substring(after);
        return yaml.substring(0, after) + "\n" + line + yaml.substring(after);
    }

    private String replace(Node n, String with) {
        return yaml.substring(0, start(n)) + with + yaml.substring(end(n));
    }

    private String slice(Node n) {
        return yaml.substring(start(n), end(n));
    }

    private int start(Node n) {
        return yaml.offsetByCodePoints(0, n.getStartMark().getIndex());
    }

    private int end(Node n) {
        return yaml.offsetByCodePoints(0, n.getEndMark().getIndex());
    }

    /**
     * The innermost value (a scalar, or a mapping of languages) that holds the position: a plain or quoted text starts
     * there, a block scalar's text starts on the line after its indicator.
     */
    private static Node find(Node n, int line, int column) {
        if (n == null) return null;
        List<Node> children = new ArrayList<>();
        if (n instanceof MappingNode m) for (NodeTuple t : m.getValue()) children.add(t.getValueNode());
        else if (n instanceof SequenceNode s) children.addAll(s.getValue());
        for (Node c : children) {
            if (!holds(c, line, column)) continue;
            Node inner = find(c, line, column);
            if (inner != null) return inner;
            if (c instanceof ScalarNode || c instanceof MappingNode) return c;
        }
        return null;
    }

    private static boolean holds(Node n, int line, int column) {
        int start = compare(n.getStartMark().getLine(), n.getStartMark().getColumn(), line, column);
        int end = compare(n.getEndMark().getLine(), n.getEndMark().getColumn(), line, column);
        return start <= 0 && (end > 0 || (start == 0 && end == 0));
    }

    private static int compare(int l1, int c1, int l2, int c2) {
        return l1 != l2 ? Integer.compare(l1, l2) : Integer.compare(c1, c2);
    }

    /** A YAML double-quoted string: the same value whatever it holds. */
    static String quote(String v) {
        StringBuilder b = new StringBuilder("\"");
        v.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F) b.append(String.format("\\x%02x", c));
                    else b.appendCodePoint(c);
                }
            }
        });
        return b.append('"').toString();
    }
}
