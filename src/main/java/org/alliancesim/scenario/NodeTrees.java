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
 * original file.
 */
public final class NodeTrees {
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

    /** A number node at the position of {@code at} (so problems with it point there). */
    public static ScalarNode number(double value, Node at) {
        String text = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
        Tag tag = text.contains(".") || text.contains("E") ? Tag.FLOAT : Tag.INT;
        return new ScalarNode(tag, text, at.getStartMark(), at.getEndMark(), DumperOptions.ScalarStyle.PLAIN);
    }
}
