package org.alliancesim.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping being read field by field. Every accessor checks the value's shape and range and
 * records a {@link Problem} (with line, column and path) instead of throwing, so that one pass
 * reports every problem; {@link #finish} reports keys nobody asked for, suggesting the nearest
 * valid one.
 */
public final class YamlMap {
    private final Node node;
    private final String path;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> asked = new LinkedHashSet<>();

    private YamlMap(Node node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    NodeTuple first = entries.putIfAbsent(k.getValue(), t);
                    if (first != null) {
                        problems.add(k, child(k.getValue()), "duplicate key '" + k.getValue() + "' (first given on line "
                                + (first.getKeyNode().getStartMark().getLine() + 1) + "); give each field once");
                    }
                } else {
                    problems.add(t.getKeyNode(), path, "keys must be plain words");
                }
            }
        }
    }

    /** Wraps a node expected to be a mapping; records a problem (and returns an empty map) if not. */
    public static YamlMap of(Node node, String path, Problems problems) {
        if (!(node instanceof MappingNode)) {
            problems.add(node, path, "expected a mapping (key: value lines), found " + describe(node));
        }
        return new YamlMap(node, path, problems);
    }

    public Node node() {
        return node;
    }

    public String path() {
        return path;
    }

    public Problems problems() {
        return problems;
    }

    /** The keys present, in file order. */
    public List<String> keys() {
        return new ArrayList<>(entries.keySet());
    }

    public boolean has(String key) {
        asked.add(key);
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    /** The value node for a key, or null when absent. */
    public Node get(String key) {
        asked.add(key);
        NodeTuple t = entries.get(key);
        return t == null || isNull(t.getValueNode()) ? null : t.getValueNode();
    }

    /** The key node (for problems about the key itself). */
    public Node keyNode(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? node : t.getKeyNode();
    }

    public String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Records a problem at this map's key. */
    public void problem(String key, String message) {
        NodeTuple t = entries.get(key);
        problems.add(t == null ? node : t.getValueNode(), child(key), message);
    }

    public YamlMap map(String key) {
        Node v = get(key);
        return v == null ? new YamlMap(null, child(key), problems) : of(v, child(key), problems);
    }

    /** A required field: records a problem when absent. */
    public boolean require(String key, String what) {
        if (!has(key)) {
            problems.add(node, child(key), "missing required field '" + key + "' (" + what + ")");
            return false;
        }
        return true;
    }

    public double number(String key, double min, double max, double fallback) {
        Node v = get(key);
        return v == null ? fallback : numberAt(v, key, min, max, fallback);
    }

    /**
     * The number {@code v} under {@code key} as {@link #number(Node, String, double, double, double, Problems)}
     * reads it, the field's path made only when there is a problem to report (a large scenario
     * holds hundreds of thousands of numbers).
     */
    private double numberAt(Node v, String key, double min, double max, double fallback) {
        double d = valid(v, min, max);
        return Double.isNaN(d) ? number(v, child(key), min, max, fallback, problems) : d;
    }

    /** What {@code number} gives when it finds no problem with {@code v}, else NaN (which it never gives then). */
    static double valid(Node v, double min, double max) {
        if (!(v instanceof ScalarNode s) || !(v.getTag() == Tag.INT || v.getTag() == Tag.FLOAT)) {
            return Double.NaN;
        }
        double d = s instanceof PlainYaml.Scalar p ? p.number() : parse(s.getValue());
        boolean ok = Double.isFinite(d) && d >= min && d <= max
                && !(Math.abs(d) > MAX_MAGNITUDE && (max == Double.MAX_VALUE || min == -Double.MAX_VALUE));
        return ok ? d : Double.NaN;
    }

    /** The number a scalar's text reads as ({@code _} separators left out), or NaN when it reads as none. */
    static double parse(String text) {
        try {
            return Double.parseDouble(text.indexOf('_') < 0 ? text : text.replace("_", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public int integer(String key, int min, int max, int fallback) {
        Node v = get(key);
        if (v == null) {
            return fallback;
        }
        double d = number(v, child(key), min, max, fallback, problems);
        if (d != Math.rint(d)) {
            problems.add(v, child(key), "expected a whole number, found " + describe(v));
            return fallback;
        }
        return (int) d;
    }

    public String string(String key, String fallback) {
        Node v = get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof ScalarNode s)) {
            problems.add(v, child(key), "expected text, found " + describe(v));
            return fallback;
        }
        return s.getValue();
    }

    /** A word from a fixed set; suggests the nearest on a typo. */
    public String choice(String key, Collection<String> allowed, String fallback) {
        String s = string(key, null);
        if (s == null) {
            return fallback;
        }
        if (!allowed.contains(s)) {
            String near = Suggest.nearest(s, allowed);
            problem(key, "'" + s + "' is not one of " + String.join(", ", allowed)
                    + (near != null ? "; did you mean '" + near + "'?" : ""));
            return fallback;
        }
        return s;
    }

    /** A list value: the element nodes, or an empty list with a problem when not a list. */
    public List<Node> list(String key) {
        Node v = get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof SequenceNode seq)) {
            problems.add(v, child(key), "expected a list, found " + describe(v));
            return List.of();
        }
        return seq.getValue();
    }

    /** A list of words (e.g. state ids). */
    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        List<Node> items = list(key);
        for (int k = 0; k < items.size(); k++) {
            Node item = items.get(k);
            if (item instanceof ScalarNode s && !isNull(s)) {
                out.add(s.getValue());
            } else {
                problems.add(item, child(key) + "[" + k + "]", "expected text, found " + describe(item));
            }
        }
        return out;
    }

    /** A mapping of words to numbers in [min, max] (e.g. {@code perceives: {USA: 0.9}}). */
    public Map<String, Double> numbers(String key, double min, double max) {
        Map<String, Double> quick = get(key) instanceof MappingNode mn ? validNumbers(mn, min, max) : null;
        if (quick != null) {
            return quick;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        YamlMap m = map(key);
        for (String k : m.keys()) {
            Node v = m.get(k);
            if (v != null) {
                out.put(k, m.numberAt(v, k, min, max, Double.NaN));
            } else {
                m.problem(k, "expected a number" + rangeText(min, max) + ", found nothing (give a value or remove '" + k + "')");
            }
        }
        return out;
    }

    /**
     * What {@link #numbers} gives for the mapping {@code m} when it finds no problem in it (every
     * key a plain scalar given once, every value a number in range), read straight off the node's
     * entries; null at the first entry it would report, which the slow path then reads again and
     * reports (a large scenario holds hundreds of such maps of about 200 entries each).
     */
    private static Map<String, Double> validNumbers(MappingNode m, double min, double max) {
        List<NodeTuple> tuples = m.getValue();
        Map<String, Double> out = new LinkedHashMap<>(tuples.size() * 4 / 3 + 1);
        for (NodeTuple t : tuples) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || isNull(t.getValueNode())) {
                return null;
            }
            double d = valid(t.getValueNode(), min, max);
            if (Double.isNaN(d) || out.put(k.getValue(), d) != null) {
                return null;
            }
        }
        return out;
    }

    /** Reports every key present that no accessor asked for. */
    public void finish() {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!asked.contains(e.getKey())) {
                String near = Suggest.nearest(e.getKey(), asked);
                problems.add(e.getValue().getKeyNode(), child(e.getKey()), "unknown field '" + e.getKey() + "'"
                        + (near != null ? "; did you mean '" + near + "'?" : "; valid fields here: " + String.join(", ", asked)));
            }
        }
    }

    /**
     * The largest magnitude of a number whose field declares no upper (or lower) bound of its own:
     * 1e15. Sums and products of a few thousand such numbers stay far below the largest double
     * (about 1.8e308), so no arithmetic on scenario inputs overflows to infinity or NaN.
     */
    public static final double MAX_MAGNITUDE = 1e15;

    static double number(Node v, String path, double min, double max, double fallback, Problems problems) {
        if (!(v instanceof ScalarNode s) || !(v.getTag().equals(Tag.INT) || v.getTag().equals(Tag.FLOAT))) {
            problems.add(v, path, "expected a number" + rangeText(min, max) + ", found " + describe(v));
            return fallback;
        }
        double d;
        try {
            d = Double.parseDouble(s.getValue().replace("_", ""));
        } catch (NumberFormatException e) {
            String t = s.getValue().toLowerCase(java.util.Locale.ROOT);
            if (!t.contains("nan") && !t.contains("inf")) {
                // YAML 1.1 also reads 0x1F, 0b101 and 1:30 as numbers; the format takes decimals only
                problems.add(v, path, "expected a plain decimal number" + rangeText(min, max) + ", found " + s.getValue());
                return fallback;
            }
            d = t.contains("nan") ? Double.NaN : t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!Double.isFinite(d)) {
            problems.add(v, path, "expected a finite number" + rangeText(min, max) + ", found " + s.getValue());
            return fallback;
        }
        if (d < min || d > max) {
            problems.add(v, path, "expected a number" + rangeText(min, max) + ", found " + s.getValue());
            return fallback;
        }
        if (Math.abs(d) > MAX_MAGNITUDE && (max == Double.MAX_VALUE || min == -Double.MAX_VALUE)) {
            problems.add(v, path, "expected a number" + rangeText(min, max) + " of magnitude at most 1e15 (larger ones"
                    + " could overflow the model's arithmetic), found " + s.getValue());
            return fallback;
        }
        return d;
    }

    private static String rangeText(double min, double max) {
        if (min == -Double.MAX_VALUE && max == Double.MAX_VALUE) {
            return "";
        }
        if (max == Double.MAX_VALUE) {
            return " of at least " + format(min);
        }
        return " between " + format(min) + " and " + format(max);
    }

    /** A bound as messages write it: whole numbers without a fraction. */
    static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    static boolean isNull(Node n) {
        if (n == null) {
            return true;
        }
        Tag t = n.getTag();
        // the tags of numbers, text and collections by identity first (resolvers give the constants)
        return t == Tag.NULL || t != Tag.FLOAT && t != Tag.INT && t != Tag.STR && t != Tag.MAP && t != Tag.SEQ
                && t.equals(Tag.NULL);
    }

    static String describe(Node n) {
        if (n == null || isNull(n)) {
            return "nothing";
        }
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        String v = ((ScalarNode) n).getValue();
        return "'" + (v.length() > 40 ? v.substring(0, 40) + "..." : v) + "'";
    }
}
