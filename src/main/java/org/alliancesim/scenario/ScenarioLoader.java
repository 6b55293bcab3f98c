package org.alliancesim.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancesim.decision.Theories;
import org.alliancesim.param.Labels;
import org.alliancesim.param.Range;
import org.alliancesim.param.Ranges;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads and validates a scenario file. Every problem found is reported at once, each with the
 * file, line, column and field path; a scenario that loads is complete and consistent (every id
 * it names exists, every number is in range, every event falls inside the run).
 */
public final class ScenarioLoader {
    /** Power components a state may give; {@code composite} stands alone. */
    public static final List<String> COMPONENTS = List.of("population", "economy", "military", "technology", "composite");
    /** A scenario's name becomes a folder under results/, so it may not climb out of it. */
    /**
     * State ids: a letter, then letters, digits or '_', at most 32 characters (COW abbreviations such
     * as USA, GFR or RVN fit). Ids are written unquoted into CSV cells and headers, '-' joins the two
     * ids of a pair label (IRN-RUS) and '.' separates the parts of a sweep path (states.IRN.power), so
     * none of ',', '"', quotes, blanks, line breaks, '-' or '.' may appear in one.
     */
    /** Most states a scenario may have: every COW member of any year fits (about 200). */
    public static final int MAX_STATES = 1000;

    public static final java.util.regex.Pattern SAFE_ID = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
    private static final java.util.regex.Pattern SAFE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** The theories' names, listed once (each state's module is checked against them). */
    private static final List<String> THEORY_NAMES = Theories.names();
    /** The bounds of a power component, looked up once (a reflective walk over StateSpec's components). */
    private static final Range POWER = Ranges.of(StateSpec.class, "power");

    private ScenarioLoader() {
    }

    public static Scenario load(Path file) throws ScenarioException {
        String display = file.toString();
        String text = YamlSource.readText(file, display);
        return parse(text, display);
    }

    /** Loads from text already read; {@code display} names the file in messages. */
    public static Scenario parse(String text, String display) throws ScenarioException {
        Overlays.Resolved r = Overlays.resolve(text, display);
        return fromTree(r.root(), display, r.sha256());
    }

    /**
     * Binds and validates a node tree already parsed (and possibly edited: sweeps and uncertain
     * inputs set values in the tree, so every value passes the same checks).
     *
     * @param sha256 the hash recorded for the scenario (of the file it came from)
     */
    public static Scenario fromTree(Node root, String display, String sha256) throws ScenarioException {
        Problems problems = new Problems(display);
        YamlMap top = YamlMap.of(root, "", problems);
        problems.throwIfAny();

        top.require("name", "a short name for the scenario");
        String name = top.string("name", "scenario");
        if (!SAFE_NAME.matcher(name).matches()) {
            top.problem("name", "'" + name + "' cannot name a results folder; use letters, digits, '-', '_' and '.'"
                    + " (starting with a letter or digit, at most 100 characters)");
            name = "scenario";
        }
        String description = top.string("description", "");
        TimeSpec time = RecordBinder.bind(top.map("time"), TimeSpec.class, TimeSpec.DEFAULTS);
        Parameters parameters = RecordBinder.bind(top.map("parameters"), Parameters.class, Parameters.DEFAULTS);
        String defaultModule = top.choice("defaultModule", THEORY_NAMES, "balance-of-threat");
        Scenario.TheoryScope scope = Labels.parse(Scenario.TheoryScope.class,
                top.choice("theoryScope", Labels.labels(Scenario.TheoryScope.class), "focal"));

        top.require("states", "the list of states");
        List<Node> stateNodes = top.list("states");
        if (stateNodes.size() > MAX_STATES) {
            top.problem("states", stateNodes.size() + " states; a scenario may have at most " + MAX_STATES
                    + " (the model keeps several states x states matrices per run)");
            problems.throwIfAny();
        }
        List<StateSpec> states = new ArrayList<>();
        Map<String, Node> idNodes = new LinkedHashMap<>();
        for (int k = 0; k < stateNodes.size(); k++) {
            StateSpec s = readState(YamlMap.of(stateNodes.get(k), "states[" + k + "]", problems));
            if (s.id() != null) {
                if (idNodes.containsKey(s.id())) {
                    problems.add(stateNodes.get(k), "states[" + k + "].id", "duplicate state id '" + s.id()
                            + "' (first declared on line " + (idNodes.get(s.id()).getStartMark().getLine() + 1) + ")");
                } else {
                    idNodes.put(s.id(), stateNodes.get(k));
                }
            }
            states.add(s);
        }
        if (top.has("states") && states.isEmpty()) {
            top.problem("states", "a scenario needs at least one state");
        }
        Set<String> ids = idNodes.keySet();
        checkReferences(states, stateNodes, ids, problems);
        checkComponents(states, stateNodes, problems);

        List<String> focal = top.strings("focal");
        List<Node> focalNodes = top.list("focal");
        for (int k = 0; k < focal.size(); k++) {
            checkId(focal.get(k), ids, focalNodes.size() == focal.size() ? focalNodes.get(k) : top.get("focal"),
                    "focal[" + k + "]", problems);
        }
        List<TieSpec> ties = readTies(top, ids, problems);
        Map<String, Double> distances = readDistances(top, ids, problems);
        List<EventSpec> events = EventReader.read(top, ids, states, time, problems);
        top.finish();
        checkTieThresholds(parameters, top, problems);
        problems.throwIfAny();
        return new Scenario(name, description, display, sha256, time, focal, defaultModule, parameters, states,
                ties, events, distances, scope);
    }

    /**
     * One state, bound to {@link StateSpec} (its fields' bounds and defaults are declared there);
     * the id, the power components and the module have rules of their own, read here.
     */
    private static StateSpec readState(YamlMap m) {
        String[] id = new String[1];
        StateSpec s = RecordBinder.bind(m, StateSpec.class, StateSpec.DEFAULTS, Map.of(
                "id", (map, key) -> id[0] = readId(map, key),
                "name", (map, key) -> map.string(key, id[0]),
                "power", ScenarioLoader::readPower,
                "module", (map, key) -> map.choice(key, THEORY_NAMES, null)));
        if (s.regime() != null && !s.factions().containsKey(s.regime())) {
            m.problem("regime", "no faction named '" + s.regime() + "' under factions");
        }
        return s;
    }

    private static String readId(YamlMap m, String key) {
        String id = m.string(key, null);
        if (id != null && !SAFE_ID.matcher(id).matches()) {
            m.problem(key, "'" + printable(id) + "' is not a valid state id; use a letter, then letters, digits or '_',"
                    + " at most 32 characters (e.g. IRN)");
        }
        return id;
    }

    /** Power components in the order of {@link #COMPONENTS}: each at least 0, a composite alone. */
    private static Map<String, Double> readPower(YamlMap m, String key) {
        Range range = key.equals("power") ? POWER : Ranges.of(StateSpec.class, key);
        YamlMap pm = m.map(key);
        Map<String, Double> power = new LinkedHashMap<>();
        for (String c : COMPONENTS) {
            if (pm.has(c)) {
                power.put(c, pm.number(c, range.min(), range.max(), 0));
            }
        }
        if (pm.node() instanceof MappingNode) {
            pm.finish();
            if (power.isEmpty()) {
                m.problem(key, "give at least one of " + String.join(", ", COMPONENTS));
            } else if (power.containsKey("composite") && power.size() > 1) {
                m.problem(key, "give either a composite or components, not both");
            }
        }
        return power;
    }

    private static void checkReferences(List<StateSpec> states, List<Node> nodes, Set<String> ids, Problems problems) {
        for (int k = 0; k < states.size(); k++) {
            StateSpec s = states.get(k);
            String p = "states[" + k + "]";
            Node n = nodes.get(k);
            checkKeys(s.id(), s.offenseToward().keySet(), ids, n, p, problems, "offenseToward");
            checkKeys(s.id(), s.perceives().keySet(), ids, n, p, problems, "perceives");
            checkKeys(s.id(), s.credibility().keySet(), ids, n, p, problems, "credibility");
            checkKeys(s.id(), s.gains().keySet(), ids, n, p, problems, "gains");
            checkKeys(s.id(), s.trade().keySet(), ids, n, p, problems, "trade");
            for (Map.Entry<String, FactionSpec> f : s.factions().entrySet()) {
                String fp = p + ".factions." + f.getKey();
                checkKeys(s.id(), f.getValue().perceives().keySet(), ids, NodeLocator.value(n, "factions", f.getKey()), fp,
                        problems, "perceives");
                checkKeys(s.id(), f.getValue().credibility().keySet(), ids, NodeLocator.value(n, "factions", f.getKey()), fp,
                        problems, "credibility");
                checkKeys(s.id(), f.getValue().gains().keySet(), ids, NodeLocator.value(n, "factions", f.getKey()), fp,
                        problems, "gains");
            }
            if (tradeOver(s.trade().values())) {
                double tradeSum = s.trade().values().stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).sum();
                problems.add(NodeLocator.key(n, "trade"), p + ".trade", "trade shares add up to "
                        + java.math.BigDecimal.valueOf(tradeSum).round(new java.math.MathContext(6)).stripTrailingZeros()
                        .toPlainString() + "; they are shares of one total and cannot exceed 1");
            }
        }
    }

    /**
     * Whether the finite shares add up to more than 1 + 1e-9, as their stream's (compensated) sum
     * says; a plain sum settles it without a stream when it is under by more than the two sums can
     * differ (about states x 1e-16 of the sum of magnitudes, far below the margin of 1e-10 taken).
     */
    private static boolean tradeOver(java.util.Collection<Double> shares) {
        double sum = 0;
        double magnitude = 0;
        for (double v : shares) {
            if (Double.isFinite(v)) {
                sum += v;
                magnitude += Math.abs(v);
            }
        }
        if (Double.isFinite(magnitude) && sum + 1e-10 * magnitude <= 1 + 1e-9) {
            return false;
        }
        return shares.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).sum() > 1 + 1e-9;
    }

    /**
     * Checks the state ids used as keys of {@code field} inside the mapping {@code owner}, each at
     * its key's own position: one walk over the field's entries (a lookup of each key would make
     * a state's check quadratic in the number of states).
     */
    private static void checkKeys(String self, Set<String> keys, Set<String> ids, Node owner, String ownerPath,
                                  Problems problems, String field) {
        boolean bad = false;
        for (String key : keys) {
            bad |= key.equals(self) || !ids.contains(key);
        }
        if (!bad) {
            return;
        }
        NodeTuple entry = NodeTrees.entry(owner, field);
        Map<String, Node> at = new HashMap<>();
        if (entry != null && entry.getValueNode() instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    at.putIfAbsent(k.getValue(), k);
                }
            }
        }
        Node fallback = entry != null ? entry.getValueNode() : owner;
        for (String key : keys) {
            String path = ownerPath + "." + field + "." + key;
            if (key.equals(self)) {
                problems.add(at.getOrDefault(key, fallback), path, "a state cannot name itself here");
            } else if (!ids.contains(key)) {
                checkId(key, ids, at.getOrDefault(key, fallback), path, problems);
            }
        }
    }

    /** The id as it can be shown on one line: control characters escaped. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    static void checkId(String id, Set<String> ids, Node at, String path, Problems problems) {
        if (!ids.contains(id)) {
            String near = Suggest.nearest(id, ids);
            problems.add(at, path, "unknown state '" + id + "'" + (near != null ? "; did you mean '" + near + "'?"
                    : "; states are " + String.join(", ", ids)));
        }
    }

    private static void checkComponents(List<StateSpec> states, List<Node> nodes, Problems problems) {
        if (states.isEmpty()) {
            return;
        }
        Set<String> first = states.get(0).power().keySet();
        for (int k = 1; k < states.size(); k++) {
            if (!states.get(k).power().isEmpty() && !first.isEmpty() && !states.get(k).power().keySet().equals(first)) {
                problems.add(NodeLocator.key(nodes.get(k), "power"), "states[" + k + "].power", "every state must give the same power components; "
                        + states.get(0).id() + " gives " + first + ", " + states.get(k).id() + " gives "
                        + states.get(k).power().keySet());
            }
        }
    }

    private static List<TieSpec> readTies(YamlMap top, Set<String> ids, Problems problems) {
        List<TieSpec> ties = new ArrayList<>();
        List<Node> nodes = top.list("ties");
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < nodes.size(); k++) {
            YamlMap t = YamlMap.of(nodes.get(k), "ties[" + k + "]", problems);
            TieFields f = RecordBinder.bind(t, TieFields.class, TieFields.DEFAULTS);
            List<String> between = f.between();
            if (between.size() != 2) {
                if (t.has("between")) {
                    t.problem("between", "expected exactly two state ids");
                }
                continue;
            }
            List<Node> ends = t.list("between");
            checkId(between.get(0), ids, ends.get(0), t.child("between") + "[0]", problems);
            checkId(between.get(1), ids, ends.get(1), t.child("between") + "[1]", problems);
            if (between.get(0).equals(between.get(1))) {
                t.problem("between", "a state cannot be tied to itself");
                continue;
            }
            String key = between.get(0).compareTo(between.get(1)) < 0 ? between.get(0) + "-" + between.get(1)
                    : between.get(1) + "-" + between.get(0);
            if (!seen.add(key)) {
                t.problem("between", "the tie " + key + " is listed twice");
            }
            ties.add(new TieSpec(between.get(0), between.get(1), f.level()));
        }
        return ties;
    }

    private static Map<String, Double> readDistances(YamlMap top, Set<String> ids, Problems problems) {
        Map<String, Double> out = new LinkedHashMap<>();
        List<Node> nodes = top.list("distances");
        Range km = Ranges.of(DistanceFields.class, "km");
        for (int k = 0; k < nodes.size(); k++) {
            if (quickDistance(nodes.get(k), ids, km, out)) {
                continue;
            }
            YamlMap d = YamlMap.of(nodes.get(k), "distances[" + k + "]", problems);
            DistanceFields f = RecordBinder.bind(d, DistanceFields.class, DistanceFields.DEFAULTS);
            List<String> between = f.between();
            if (between.size() != 2) {
                d.problem("between", "expected exactly two state ids");
                continue;
            }
            List<Node> ends = d.list("between");
            for (int e = 0; e < 2; e++) {
                if (!ids.contains(between.get(e))) { // the path is made only for a problem (a world has 18,000 distances)
                    checkId(between.get(e), ids, ends.get(e), d.child("between") + "[" + e + "]", problems);
                }
            }
            if (between.get(0).equals(between.get(1))) {
                d.problem("between", "a distance needs two different states");
            }
            out.put(between.get(0) + "-" + between.get(1), f.km());
        }
        return out;
    }

    /**
     * Reads a distance written as the import writes them ({@code {between: [A, B], km: N}}) into
     * {@code out} straight off its node, when binding it to {@link DistanceFields} would find no
     * problem: exactly those two keys, two different known ids, a number in range. Returns false,
     * having read nothing, for anything else, which the binder then reads and reports (a world
     * has 18,000 distances).
     */
    private static boolean quickDistance(Node node, Set<String> ids, Range km, Map<String, Double> out) {
        if (!(node instanceof MappingNode m) || m.getValue().size() != 2) {
            return false;
        }
        Node between = null;
        Node value = null;
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                return false;
            }
            if (key.getValue().equals("between") && between == null) {
                between = t.getValueNode();
            } else if (key.getValue().equals("km") && value == null) {
                value = t.getValueNode();
            } else {
                return false;
            }
        }
        if (!(between instanceof SequenceNode s) || s.getValue().size() != 2 || YamlMap.isNull(value)) {
            return false;
        }
        String[] ends = new String[2];
        for (int e = 0; e < 2; e++) {
            if (!(s.getValue().get(e) instanceof ScalarNode id) || YamlMap.isNull(id) || !ids.contains(id.getValue())) {
                return false;
            }
            ends[e] = id.getValue();
        }
        double d = YamlMap.valid(value, km.min(), km.max());
        if (Double.isNaN(d) || ends[0].equals(ends[1])) {
            return false;
        }
        // the key built by hand: C1's code for a '+' concatenation goes through a chain of method
        // handles, a cost per call that 18,000 distances add up
        out.put(new StringBuilder(ends[0].length() + 1 + ends[1].length()).append(ends[0]).append('-').append(ends[1])
                .toString(), d);
        return true;
    }

    private static void checkTieThresholds(Parameters p, YamlMap top, Problems problems) {
        var th = p.threat();
        if (th.power() + th.proximity() + th.offense() <= 0) {
            problems.add(NodeLocator.key(top.node(), "parameters", "threat"), "parameters.threat",
                    "the weights power, proximity and offense cannot all be 0 (no state would threaten any other)");
        }
        for (String c : p.power().weights().keySet()) {
            if (!COMPONENTS.contains(c)) {
                String near = Suggest.nearest(c, COMPONENTS);
                problems.add(NodeLocator.key(top.node(), "parameters", "power", "weights", c), "parameters.power.weights." + c,
                        "unknown power component '" + c + "'" + (near != null ? "; did you mean '" + near + "'?"
                        : "; components are " + String.join(", ", COMPONENTS)));
            }
        }
        var t = p.ties();
        if (!(t.alignment() < t.coalition() && t.coalition() < t.alliance())) {
            problems.add(NodeLocator.key(top.node(), "parameters", "ties"), "parameters.ties", "thresholds must rise: alignment < coalition < alliance");
        }
        if (t.hysteresis() >= t.alignment()) {
            problems.add(NodeLocator.key(top.node(), "parameters", "ties", "hysteresis"), "parameters.ties.hysteresis", "hysteresis must be below the alignment threshold");
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
