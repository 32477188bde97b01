package org.strategypress.load;

import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The ids a part of the content that could not be loaded may have declared or linked: every word shaped like an id
 * in a file that could not be parsed, every scalar of an entity that was dropped. The validator holds back the
 * problems about these ids, which may only follow from the error that hid them.
 */
final class Mentions {

    /** Words longer than this are no ids anyone writes. */
    private static final int MAX_ID = 200;

    private Mentions() {
    }

    /** Every scalar under {@code n}. */
    static void ofNode(Node n, Set<String> into) {
        if (n instanceof ScalarNode s) {
            if (s.getValue().length() <= MAX_ID) into.add(s.getValue().trim());
        } else if (n instanceof SequenceNode seq) {
            for (Node x : seq.getValue()) ofNode(x, into);
        } else if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) ofNode(t.getValueNode(), into);
        }
    }

    /** Every word of capitals, digits and inner hyphens in {@code text}, scanned once (no regular expression). */
    static void ofText(CharSequence text, Set<String> into) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean part = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c == '-' && start >= 0);
            if (part && start < 0 && c >= 'A' && c <= 'Z') start = i;
            else if (!part && start >= 0) {
                int end = i;
                while (end > start && text.charAt(end - 1) == '-') end--;
                if (end - start <= MAX_ID) into.add(text.subSequence(start, end).toString());
                start = -1;
            }
        }
    }
}
