package org.alliancesim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The address of one value in a scenario, written as the loader's own field paths are:
 * {@code parameters.balanceOfThreat.threatHalf}, {@code events[0].value}, {@code ramp[1]}. A word
 * applied to a list picks the element whose {@code id} it is, so {@code states.IRN.perceives.USA}
 * reads as it would be said. Setting a value creates the mappings on the way that the file leaves
 * out (a parameter group the scenario does not mention takes its defaults plus the set value); the
 * loader then checks the edited tree like any file, so an unknown field is reported as such.
 */
public final class NodePath {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)?((?:\\[\\d+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");
    private final String text;
    private final List<Object> steps;

    private NodePath(String text, List<Object> steps) {
        this.text = text;
        this.steps = steps;
    }

    /**
     * Parses a path.
     *
     * @throws IllegalArgumentException with a message saying what is wrong
     */
    public static NodePath parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty path; write e.g. states.IRN.perceives.USA");
        }
        List<Object> steps = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (part.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2).isEmpty())) {
                throw new IllegalArgumentException("'" + text + "' is not a path; write fields separated by dots, "
                        + "list positions as [n], e.g. events[0].value");
            }
            if (m.group(1) != null) {
                steps.add(m.group(1));
            }
            Matcher i = INDEX.matcher(m.group(2));
            while (i.find()) {
                steps.add(Integer.parseInt(i.group(1)));
            }
        }
        return new NodePath(text, List.copyOf(steps));
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * Whether the field at this path is declared a whole number (a step, a number of steps), so
     * that a value set there is rounded.
     */
    public boolean isWholeNumber() {
        return FieldTypes.isWhole(steps);
    }

    /** The node at this path, or null when the path does not lead anywhere in the tree. */
    public Node get(Node root) {
        Node n = root;
        for (Object step : steps) {
            n = child(n, step);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /**
     * Puts {@code value} at this path in the tree (which the caller owns), creating missing
     * mappings on the way.
     *
     * @return null when done, else why the path cannot be followed
     */
    public String set(Node root, Node value) {
        Node n = root;
        for (int k = 0; k < steps.size(); k++) {
            Object step = steps.get(k);
            boolean last = k == steps.size() - 1;
            if (step instanceof Integer idx) {
                if (!(n instanceof SequenceNode seq)) {
                    return prefix(k) + " is not a list";
                }
                if (idx >= seq.getValue().size()) {
                    return prefix(k) + " has " + seq.getValue().size() + " elements; there is no [" + idx + "]";
                }
                if (last) {
                    seq.getValue().set(idx, value);
                    return null;
                }
                n = seq.getValue().get(idx);
                continue;
            }
            String key = (String) step;
            if (n instanceof SequenceNode seq) {
                Node el = byId(seq, key);
                if (el == null) {
                    return prefix(k) + " has no element with id '" + key + "'; ids are " + ids(seq);
                }
                if (last) {
                    return "a whole element of " + prefix(k) + " cannot be varied; name one of its fields";
                }
                n = el;
                continue;
            }
            if (!(n instanceof MappingNode map)) {
                return (k == 0 ? "the scenario" : prefix(k)) + " is not a mapping, so it has no field '" + key + "'";
            }
            NodeTuple t = NodeTrees.entry(map, key);
            if (last) {
                ScalarNode keyNode = t != null ? (ScalarNode) t.getKeyNode() : scalar(key, map);
                replace(map, t, new NodeTuple(keyNode, value));
                return null;
            }
            if (t == null || YamlMap.isNull(t.getValueNode())) {
                Node created = steps.get(k + 1) instanceof Integer ? null
                        : new MappingNode(Tag.MAP, true, new ArrayList<>(), map.getStartMark(), map.getEndMark(),
                        DumperOptions.FlowStyle.BLOCK);
                if (created == null) {
                    return prefix(k + 1) + " is not in the scenario";
                }
                replace(map, t, new NodeTuple(t != null ? t.getKeyNode() : scalar(key, map), created));
                n = created;
            } else {
                n = t.getValueNode();
            }
        }
        return "nothing to set";
    }

    private String prefix(int k) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < k; i++) {
            Object s = steps.get(i);
            if (s instanceof Integer idx) {
                sb.append('[').append(idx).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(s);
            }
        }
        return sb.length() == 0 ? "the scenario" : sb.toString();
    }

    private static Node child(Node n, Object step) {
        if (step instanceof Integer idx) {
            return n instanceof SequenceNode seq && idx < seq.getValue().size() ? seq.getValue().get(idx) : null;
        }
        if (n instanceof SequenceNode seq) {
            return byId(seq, (String) step);
        }
        if (n instanceof MappingNode map) {
            NodeTuple t = NodeTrees.entry(map, (String) step);
            return t == null ? null : t.getValueNode();
        }
        return null;
    }

    private static Node byId(SequenceNode seq, String id) {
        for (Node el : seq.getValue()) {
            if (el instanceof MappingNode m) {
                NodeTuple t = NodeTrees.entry(m, "id");
                if (t != null && t.getValueNode() instanceof ScalarNode s && s.getValue().equals(id)) {
                    return el;
                }
            }
        }
        return null;
    }

    private static String ids(SequenceNode seq) {
        List<String> out = new ArrayList<>();
        for (Node el : seq.getValue()) {
            if (el instanceof MappingNode m && NodeTrees.entry(m, "id") != null
                    && NodeTrees.entry(m, "id").getValueNode() instanceof ScalarNode s) {
                out.add(s.getValue());
            }
        }
        return out.isEmpty() ? "(none)" : String.join(", ", out);
    }


    private static void replace(MappingNode map, NodeTuple old, NodeTuple now) {
        List<NodeTuple> tuples = map.getValue();
        int at = old == null ? -1 : tuples.indexOf(old);
        if (at < 0) {
            tuples.add(now);
        } else {
            tuples.set(at, now);
        }
    }

    private static ScalarNode scalar(String text, Node at) {
        return new ScalarNode(Tag.STR, text, at.getStartMark(), at.getEndMark(), DumperOptions.ScalarStyle.PLAIN);
    }
}
