package org.alliancesim.importer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancesim.scenario.Problems;
import org.alliancesim.scenario.ScenarioException;
import org.alliancesim.scenario.YamlMap;
import org.alliancesim.scenario.YamlSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;

/**
 * An overlay of the assumptions no data set gives (decision modules, Schweller's aims, expected
 * gains, credibility, offense, dated events), merged into an imported scenario by {@code import
 * --template FILE}. Layout, every key optional:
 *
 * <pre>
 * description: text
 * defaultModule: balance-of-threat
 * parameters: {...}          # as in a scenario
 * ties: [...]                # as in a scenario
 * events: [...]              # as in a scenario; "year: Y" or "years: [A, B]" instead of step/ramp
 * states:
 *   IRN: {module: ..., revisionism: ..., gains: {...}, perceives: {...}, ...}
 * </pre>
 *
 * A state's fields replace the imported defaults; its {@code perceives} entries replace the
 * ideal-point proxy for those pairs (at step 0 and in every later year). The merged scenario is
 * checked by the scenario loader like any other.
 */
public final class Template {
    static final Set<String> TOP_KEYS = Set.of("description", "defaultModule", "parameters", "ties", "events", "states");
    static final Set<String> STATE_KEYS = Set.of("name", "offense", "offenseToward", "reach", "revisionism", "module",
            "perceives", "credibility", "gains", "trade", "identity", "regime", "factions");

    private final Path file;
    private final String text;
    private final Map<String, Object> top;

    private Template(Path file, String text, Map<String, Object> top) {
        this.file = file;
        this.text = text;
        this.top = top;
    }

    /** Reads and checks a template; problems name the file, line and key. */
    @SuppressWarnings("unchecked")
    public static Template read(Path file) throws ScenarioException {
        String display = file.toString();
        String text = YamlSource.readText(file, display);
        Node root = YamlSource.parse(text, display);
        Problems problems = new Problems(display);
        YamlMap m = YamlMap.of(root, "", problems);
        for (String k : m.keys()) {
            if (!TOP_KEYS.contains(k)) {
                problems.add(m.keyNode(k), k, "unknown template key '" + k + "'; expected one of " + sorted(TOP_KEYS));
            }
        }
        YamlMap states = m.map("states");
        for (String id : states.keys()) {
            YamlMap s = YamlMap.of(states.get(id), states.child(id), problems);
            for (String k : s.keys()) {
                if (!STATE_KEYS.contains(k)) {
                    problems.add(s.keyNode(k), s.child(k), "unknown state key '" + k + "' in a template; expected one of "
                            + sorted(STATE_KEYS));
                }
            }
        }
        problems.throwIfAny();
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        return new Template(file, text, (Map<String, Object>) loaded);
    }

    private static String sorted(Set<String> s) {
        return String.join(", ", s.stream().sorted().toList());
    }

    public Path file() {
        return file;
    }

    /** The template's text (its hash goes into the scenario header). */
    public String text() {
        return text;
    }

    /** A top-level value, or null. */
    public Object top(String key) {
        return top.get(key);
    }

    /** The ids the template gives fields for. */
    public Set<String> stateIds() {
        return states().keySet();
    }

    /** The fields the template gives for one state (empty if none), in file order. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> state(String id) {
        Object s = states().get(id);
        return s instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The pairs whose perceived intent the template sets for {@code id}. */
    public Set<String> perceivedBy(String id) {
        Object p = state(id).get("perceives");
        return p instanceof Map<?, ?> m ? Set.copyOf(m.keySet().stream().map(String::valueOf).toList()) : Set.of();
    }

    /** The template's events, as maps in file order. */
    @SuppressWarnings("unchecked")
    public List<Object> events() {
        Object e = top.get("events");
        return e instanceof List<?> l ? (List<Object>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> states() {
        Object s = top == null ? null : top.get("states");
        return s instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }
}
