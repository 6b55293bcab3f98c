package org.alliancesim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ec.util.MersenneTwisterFast;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A scenario file before its uncertain inputs are drawn and its swept values set: the YAML node
 * tree plus the {@link Distribution}s found in it. {@link #resolve} gives the concrete
 * {@link Scenario} of one run, checked by the same loader as any file, so the model only ever sees
 * plain numbers. A file without distributions resolves to the same scenario for every seed.
 */
public final class ScenarioTemplate {
    /** Decorrelates the input stream from the model's own stream, which starts from the same seed. */
    private static final long INPUT_STREAM = 0x5DEECE66DL * 0x9E3779B97F4A7C15L;
    private final Node root;
    private final String display;
    private final String sha256;
    /** Distributions by the character offset of their mapping in the file, in file order. */
    private final Map<Integer, Distribution> dists;
    private final Map<Integer, String> paths;
    /** The theory scope every built scenario takes (null: as the file says). */
    private final Scenario.TheoryScope scope;
    /**
     * A file without distributions: its one scenario, loaded once (a scenario is immutable, so
     * every run without swept values shares it instead of copying and checking the tree again).
     */
    private final Scenario certain;

    private ScenarioTemplate(Node root, String display, String sha256, Map<Integer, Distribution> dists,
                             Map<Integer, String> paths, Scenario certain, Scenario.TheoryScope scope) {
        this.certain = certain;
        this.scope = scope;
        this.root = root;
        this.display = display;
        this.sha256 = sha256;
        this.dists = dists;
        this.paths = paths;
    }

    public static ScenarioTemplate load(Path file) throws ScenarioException {
        String display = file.toString();
        return parse(YamlSource.readText(file, display), display);
    }

    /**
     * Parses a scenario that may hold distributions, and checks it: every distribution's fields,
     * and the scenario with each distribution at the middle and at both ends of its range (so no
     * draw can give a value the field refuses).
     */
    public static ScenarioTemplate parse(String text, String display) throws ScenarioException {
        Overlays.Resolved resolved = Overlays.resolve(text, display);
        Node root = resolved.root();
        Problems problems = new Problems(display);
        Map<Integer, Distribution> dists = new LinkedHashMap<>();
        Map<Integer, String> paths = new LinkedHashMap<>();
        if (!(root instanceof PlainYaml.Root r) || r.mentions("dist")) {
            // a document read by the quick reader with no key 'dist' anywhere has no distribution
            collect(root, new ArrayList<>(), problems, dists, paths);
        }
        problems.throwIfAny();
        Scenario certain = dists.isEmpty() ? ScenarioLoader.fromTree(root, display, resolved.sha256()) : null;
        ScenarioTemplate t = new ScenarioTemplate(root, display, resolved.sha256(), dists, paths, certain, null);
        if (certain == null) {
            t.check();
        }
        return t;
    }

    /** The same template whose scenarios give a run's theory to the given states (e.g. every state). */
    public ScenarioTemplate withTheoryScope(Scenario.TheoryScope s) {
        return new ScenarioTemplate(root, display, sha256, dists, paths, certain, s);
    }

    public boolean isUncertain() {
        return !dists.isEmpty();
    }

    /** The uncertain inputs' paths in the file (e.g. {@code states[0].perceives.USA}), in file order. */
    public List<String> uncertainPaths() {
        return List.copyOf(paths.values());
    }

    public String display() {
        return display;
    }

    /** The hash of the scenario file's text. */
    public String sha256() {
        return sha256;
    }

    /** The scenario of a run with this seed and no swept values. */
    public Scenario resolve(long seed) throws ScenarioException {
        return resolve(seed, Map.of());
    }

    /**
     * The concrete scenario of one run: swept values set at their paths, then every remaining
     * distribution drawn from a stream seeded by {@code seed}.
     */
    public Scenario resolve(long seed, Map<NodePath, Double> values) throws ScenarioException {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed ^ INPUT_STREAM);
        double[] u = new double[dists.size()];
        for (int k = 0; k < u.length; k++) {
            u[k] = rng.nextDouble();
        }
        return build(values, u);
    }

    /** The scenario with swept values set and distributions at their medians (for checks, not runs). */
    public Scenario median(Map<NodePath, Double> values) throws ScenarioException {
        double[] u = new double[dists.size()];
        java.util.Arrays.fill(u, 0.5);
        return build(values, u);
    }

    private Scenario build(Map<NodePath, Double> values, double[] u) throws ScenarioException {
        if (certain != null && values.isEmpty()) {
            return scope == null ? certain : certain.withTheoryScope(scope);
        }
        Node tree = NodeTrees.copy(root);
        for (Map.Entry<NodePath, Double> v : values.entrySet()) {
            Node at = v.getKey().get(tree);
            String err = v.getKey().set(tree, NodeTrees.number(v.getValue(), at != null ? at : tree));
            if (err != null) {
                throw new ScenarioException(new Problem(display, 0, 0, v.getKey().text(), err));
            }
        }
        Map<Integer, Integer> order = new java.util.HashMap<>();
        for (Integer offset : dists.keySet()) {
            order.put(offset, order.size());
        }
        substitute(tree, k -> {
            Integer idx = order.get(k);
            return idx == null ? Double.NaN : dists.get(k).quantile(u[idx]);
        });
        Scenario built = ScenarioLoader.fromTree(tree, display, sha256);
        return scope == null ? built : built.withTheoryScope(scope);
    }

    /** Checks a template with distributions at their medians and at each one's ends. */
    private void check() throws ScenarioException {
        median(Map.of());
        List<Problem> found = new ArrayList<>();
        List<Integer> order = new ArrayList<>(dists.keySet());
        for (int k = 0; k < order.size(); k++) {
            for (double end : new double[] {0, 1}) {
                double[] u = new double[order.size()];
                java.util.Arrays.fill(u, 0.5);
                u[k] = end;
                try {
                    build(Map.of(), u);
                } catch (ScenarioException e) {
                    Distribution d = dists.get(order.get(k));
                    double v = d.quantile(end);
                    for (Problem p : e.problems()) {
                        String bound = Math.abs(v) == Double.MAX_VALUE ? (v < 0 ? "-infinity" : "infinity")
                                : Double.toString(v);
                        found.add(new Problem(p.file(), p.line(), p.column(), p.path(), "the " + d.kind()
                                + " distribution here can draw " + bound + ", which this field refuses ("
                                + p.message() + "); bound it: truncnormal with min and max, beta, uniform or triangular"));
                    }
                }
            }
        }
        if (!found.isEmpty()) {
            throw new ScenarioException(found.stream().distinct().toList());
        }
    }

    private interface Draw {
        double at(int offset);
    }

    private static void substitute(Node n, Draw draw) {
        if (n instanceof MappingNode m) {
            List<NodeTuple> tuples = m.getValue();
            for (int k = 0; k < tuples.size(); k++) {
                NodeTuple t = tuples.get(k);
                Node v = t.getValueNode();
                if (isDist(v)) {
                    tuples.set(k, new NodeTuple(t.getKeyNode(), value(v, draw)));
                } else {
                    substitute(v, draw);
                }
            }
        } else if (n instanceof SequenceNode s) {
            List<Node> items = s.getValue();
            for (int k = 0; k < items.size(); k++) {
                if (isDist(items.get(k))) {
                    items.set(k, value(items.get(k), draw));
                } else {
                    substitute(items.get(k), draw);
                }
            }
        }
    }

    private static Node value(Node distNode, Draw draw) {
        double v = draw.at(distNode.getStartMark().getIndex());
        return NodeTrees.number(v, distNode);
    }

    private static boolean isDist(Node n) {
        return n instanceof MappingNode m && NodeTrees.entry(m, "dist") != null;
    }

    /**
     * Finds the distributions under {@code n}, whose path is {@code steps} (keys and list
     * indices); the path's text is made only where a distribution is found (a large scenario has
     * hundreds of thousands of nodes).
     */
    private static void collect(Node n, List<Object> steps, Problems problems, Map<Integer, Distribution> out,
                                Map<Integer, String> paths) {
        if (isDist(n)) {
            String path = pathText(steps);
            Distribution d = DistributionReader.read(n, path, FieldTypes.isWhole(steps), problems);
            if (d != null) {
                out.put(n.getStartMark().getIndex(), d);
                paths.put(n.getStartMark().getIndex(), path);
            }
        } else if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                steps.add(t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?");
                collect(t.getValueNode(), steps, problems, out, paths);
                steps.remove(steps.size() - 1);
            }
        } else if (n instanceof SequenceNode s) {
            for (int k = 0; k < s.getValue().size(); k++) {
                steps.add(k);
                collect(s.getValue().get(k), steps, problems, out, paths);
                steps.remove(steps.size() - 1);
            }
        }
    }

    /** A path as text: keys joined by '.', list indices in brackets ({@code states[0].perceives.USA}). */
    private static String pathText(List<Object> steps) {
        StringBuilder b = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer k) {
                b.append('[').append(k).append(']');
            } else if (b.length() == 0) {
                b.append((String) step);
            } else {
                b.append('.').append((String) step);
            }
        }
        return b.toString();
    }
}
