package org.alliancesim.scenario;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Finds the node a problem is about after the values have been read, so that checks made later
 * (unknown state ids, a state naming itself) point at the offending key's own line and column
 * rather than at the start of the enclosing state.
 */
final class NodeLocator {
    private NodeLocator() {
    }

    /**
     * The key node reached by following {@code keys} down nested mappings from {@code from}; the
     * deepest node found when the path stops early.
     */
    static Node key(Node from, String... keys) {
        Node at = from;
        for (int k = 0; k < keys.length; k++) {
            NodeTuple t = NodeTrees.entry(at, keys[k]);
            if (t == null) {
                return at;
            }
            at = k == keys.length - 1 ? t.getKeyNode() : t.getValueNode();
        }
        return at;
    }

    /** The value node reached by following {@code keys}; {@code from} when the path is absent. */
    static Node value(Node from, String... keys) {
        Node at = from;
        for (String k : keys) {
            NodeTuple t = NodeTrees.entry(at, k);
            if (t == null) {
                return from;
            }
            at = t.getValueNode();
        }
        return at;
    }

}
