package org.alliancesim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Scenarios that build on each other: a file whose top level has {@code base: FILE} is that file
 * with the overlay's keys laid over it. Mappings merge key by key, recursively (so an overlay can
 * change one parameter); any other value, lists included, replaces the base's. The path is relative
 * to the overlay's folder; a base may itself have a base (at most {@link #MAX_DEPTH} deep). The
 * base is checked alone first, so its own mistakes are reported in its own name; the hash recorded
 * in manifests covers the overlay and every base.
 */
final class Overlays {
    static final int MAX_DEPTH = 8;

    /** A tree with every base applied, and the hash of all the texts it came from. */
    record Resolved(Node root, String sha256) {
    }

    private Overlays() {
    }

    static Resolved resolve(String text, String display) throws ScenarioException {
        return resolve(YamlSource.parse(text, display), text, display, 0);
    }

    private static Resolved resolve(Node root, String text, String display, int depth) throws ScenarioException {
        NodeTuple base = root instanceof MappingNode m ? NodeTrees.entry(m, "base") : null;
        if (base == null) {
            return new Resolved(root, ScenarioLoader.sha256(text));
        }
        Node at = base.getValueNode();
        if (!(at instanceof ScalarNode s) || s.getValue().isBlank()) {
            throw problem(display, at, "expected the path of the scenario this one builds on");
        }
        if (depth >= MAX_DEPTH) {
            throw problem(display, at, "bases nest more than " + MAX_DEPTH + " deep (does a file name itself?)");
        }
        Path parent = Path.of(display).getParent();
        Path file = parent == null ? Path.of(s.getValue()) : parent.resolve(s.getValue());
        String baseDisplay = file.normalize().toString();
        String baseText;
        try {
            baseText = YamlSource.readText(file, baseDisplay);
        } catch (ScenarioException e) {
            throw problem(display, at, "cannot read base '" + s.getValue() + "': " + e.problems().get(0).message());
        }
        Resolved b = resolve(YamlSource.parse(baseText, baseDisplay), baseText, baseDisplay, depth + 1);
        ScenarioLoader.fromTree(NodeTrees.copy(b.root()), baseDisplay, b.sha256()); // the base alone must be valid
        MappingNode overlay = (MappingNode) root;
        List<NodeTuple> rest = new ArrayList<>(overlay.getValue());
        rest.remove(base);
        Node merged = merge(NodeTrees.copy(b.root()), rest);
        return new Resolved(merged, ScenarioLoader.sha256(text + "\n--- base " + s.getValue() + " " + b.sha256()));
    }

    private static Node merge(Node base, List<NodeTuple> overlay) {
        if (!(base instanceof MappingNode m)) {
            return base;
        }
        List<NodeTuple> out = new ArrayList<>(m.getValue());
        for (NodeTuple t : overlay) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
            int at = -1;
            for (int k = 0; k < out.size() && key != null; k++) {
                if (out.get(k).getKeyNode() instanceof ScalarNode bk && bk.getValue().equals(key)) {
                    at = k;
                }
            }
            if (at < 0) {
                out.add(t);
            } else if (out.get(at).getValueNode() instanceof MappingNode && t.getValueNode() instanceof MappingNode om) {
                out.set(at, new NodeTuple(out.get(at).getKeyNode(), merge(out.get(at).getValueNode(), om.getValue())));
            } else {
                out.set(at, t);
            }
        }
        return new MappingNode(m.getTag(), true, out, m.getStartMark(), m.getEndMark(), m.getFlowStyle());
    }


    private static ScenarioException problem(String display, Node at, String message) {
        return new ScenarioException(new Problem(display, at.getStartMark().getLine() + 1,
                at.getStartMark().getColumn() + 1, "base", message));
    }
}
