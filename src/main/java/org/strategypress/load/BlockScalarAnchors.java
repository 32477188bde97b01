package org.strategypress.load;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * SnakeYAML places a block scalar ({@code |} or {@code >}) at its indicator, but its text starts on the next line,
 * indented. Re-anchors every block scalar of a composed tree at its first content line and indentation, so that a
 * position inside the text (an [[ID]] in a summary) is a position in the file. Lines are the file's as SnakeYAML
 * counts them ({@code \r\n}, {@code \n}, {@code \r}, U+0085, U+2028, U+2029 end a line); where they start is found
 * once per file, and only when the file has a block scalar.
 */
final class BlockScalarAnchors {

    private final String text;
    /** Offset in {@link #text} at which each line starts; null until a block scalar needs it. */
    private int[] starts;
    private int lineCount;

    private BlockScalarAnchors(String text) {
        this.text = text;
    }

    /** Re-anchors the block scalars under {@code root}, composed from {@code text}, in place. */
    static void anchor(Node root, String text) {
        new BlockScalarAnchors(text).visit(root, new IdentityHashMap<>());
    }

    private void visit(Node node, Map<Node, Boolean> seen) {
        if (seen.put(node, Boolean.TRUE) != null) return;
        if (node instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                items.set(i, anchored(items.get(i)));
                visit(items.get(i), seen);
            }
        } else if (node instanceof MappingNode map) {
            List<NodeTuple> tuples = map.getValue();
            for (int i = 0; i < tuples.size(); i++) {
                NodeTuple t = tuples.get(i);
                tuples.set(i, new NodeTuple(t.getKeyNode(), anchored(t.getValueNode())));
                visit(t.getValueNode(), seen);
            }
        }
    }

    private Node anchored(Node n) {
        if (!(n instanceof ScalarNode s) || (s.getScalarStyle() != DumperOptions.ScalarStyle.LITERAL
                && s.getScalarStyle() != DumperOptions.ScalarStyle.FOLDED)) return n;
        if (starts == null) findLineStarts();
        Mark m = s.getStartMark();
        int first = m.getLine() + 1;
        for (int line = first; line < lineCount; line++) {
            int indent = firstNonSpace(line);
            if (indent >= 0) {
                Mark start = new Mark(m.getName(), m.getIndex(), first, indent, m.getBuffer(), m.getPointer());
                return new ScalarNode(s.getTag(), s.getValue(), start, s.getEndMark(), s.getScalarStyle());
            }
        }
        return n;
    }

    /** The column (0-based) of the first character of {@code line} that is not a space, or -1 if there is none. */
    private int firstNonSpace(int line) {
        int end = line + 1 < lineCount ? starts[line + 1] : text.length();
        for (int i = starts[line]; i < end; i++) {
            char c = text.charAt(i);
            if (isBreak(c)) return -1;
            if (c != ' ') return i - starts[line];
        }
        return -1;
    }

    private void findLineStarts() {
        int[] found = new int[64];
        int n = 0;
        found[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBreak(c)) continue;
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            if (n == found.length) found = Arrays.copyOf(found, n * 2);
            found[n++] = i + 1;
        }
        starts = found;
        lineCount = n;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
