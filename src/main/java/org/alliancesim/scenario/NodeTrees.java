package org.alliancesim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Copies of SnakeYAML node trees, keeping every node's line and column, so that a sweep or an
 * uncertain input can set values in its own copy while the loader still reports positions in the
 * original file; and the lookup of a key in one of their mappings.
 */
public final class NodeTrees {
    private static final java.util.concurrent.atomic.LongAdder SCANNED = new java.util.concurrent.atomic.LongAdder();

    private NodeTrees() {
    }

    /** A deep copy of a tree. */
    public static Node copy(Node n) {
        if (n instanceof MappingNode m) {
            List<NodeTuple> tuples = new ArrayList<>(m.getValue().size());
            for (NodeTuple t : m.getValue()) {
                tuples.add(new NodeTuple(copy(t.getKeyNode()), copy(t.getValueNode())));
            }
            return new MappingNode(m.getTag(), true, tuples, m.getStartMark(), m.getEndMark(), m.getFlowStyle());
        }
        if (n instanceof SequenceNode s) {
            List<Node> items = new ArrayList<>(s.getValue().size());
            for (Node item : s.getValue()) {
                items.add(copy(item));
            }
            return new SequenceNode(s.getTag(), true, items, s.getStartMark(), s.getEndMark(), s.getFlowStyle());
        }
        ScalarNode s = (ScalarNode) n;
        return new ScalarNode(s.getTag(), s.getValue(), s.getStartMark(), s.getEndMark(), s.getScalarStyle());
    }

    /**
     * The entry of a mapping whose key is the plain word {@code key} (the first, should the file
     * give it twice), or null when {@code node} is no mapping or has no such key. The one lookup of
     * a key in a node tree: the loader's positions, sweep paths, overlays and distributions use it.
     */
    public static NodeTuple entry(Node node, String key) {
        if (node instanceof MappingNode m) {
            List<NodeTuple> tuples = m.getValue();
            for (int k = 0; k < tuples.size(); k++) {
                NodeTuple t = tuples.get(k);
                if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                    SCANNED.add(k + 1);
                    return t;
                }
            }
            SCANNED.add(tuples.size());
        }
        return null;
    }

    /**
     * How many entries {@link #entry} has looked at so far in this JVM: the work of key lookups,
     * which tests read to check that loading stays linear in the size of the file (a lookup per key
     * of a large mapping would make it quadratic).
     */
    static long entriesScanned() {
        return SCANNED.sum();
    }

    /** A number node at the position of {@code at} (so problems with it point there). */
    public static ScalarNode number(double value, Node at) {
        String text = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
        Tag tag = text.contains(".") || text.contains("E") ? Tag.FLOAT : Tag.INT;
        return new ScalarNode(tag, text, at.getStartMark(), at.getEndMark(), DumperOptions.ScalarStyle.PLAIN);
    }
}
