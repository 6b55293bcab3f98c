package org.alliancesim.backtest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.Num;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.scenario.Problem;
import org.alliancesim.scenario.Problems;
import org.alliancesim.scenario.RecordBinder;
import org.alliancesim.scenario.ScenarioException;
import org.alliancesim.scenario.YamlMap;
import org.alliancesim.scenario.YamlSource;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A parameters file ({@code --params FILE}): a YAML mapping with one key, {@code parameters},
 * holding the same groups and keys as a scenario's {@code parameters} (bound by the scenario
 * loader's {@link RecordBinder}, so bounds and unknown keys are reported the same way, with file,
 * line and column). It is applied over a scenario's own parameters: what the file leaves out keeps
 * the scenario's value. {@code calibrate} writes such files.
 */
public final class ParamsFile {
    private final Node root;
    private final String display;

    private ParamsFile(Node root, String display) {
        this.root = root;
        this.display = display;
    }

    public static ParamsFile load(Path file) throws ScenarioException {
        String display = file.toString();
        return parse(YamlSource.readText(file, display), display);
    }

    /** Parses and checks the file (against the default parameters). */
    public static ParamsFile parse(String text, String display) throws ScenarioException {
        ParamsFile f = new ParamsFile(YamlSource.parse(text, display), display);
        f.apply(Parameters.DEFAULTS);
        return f;
    }

    /** {@link #parse} of text known to be valid (tests, generated files). */
    public static ParamsFile parseUnchecked(String text) {
        try {
            return parse(text, "parameters");
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.problems().toString(), e);
        }
    }

    public String display() {
        return display;
    }

    /** The file's values over {@code base}. */
    public Parameters apply(Parameters base) throws ScenarioException {
        Problems problems = new Problems(display);
        YamlMap top = YamlMap.of(root, "", problems);
        problems.throwIfAny();
        top.require("parameters", "the parameter groups to set, as under a scenario's parameters");
        Parameters p = RecordBinder.bind(top.map("parameters"), Parameters.class, base);
        top.finish();
        var t = p.ties();
        if (!(t.alignment() < t.coalition() && t.coalition() < t.alliance())) {
            problems.add(top.get("parameters"), "parameters.ties",
                    "thresholds must rise: alignment < coalition < alliance");
        }
        if (t.hysteresis() >= t.alignment()) {
            problems.add(top.get("parameters"), "parameters.ties.hysteresis",
                    "hysteresis must be below the alignment threshold");
        }
        problems.throwIfAny();
        return p;
    }

    /** {@link #apply} for a file already checked: a problem found now is a bug, not bad input. */
    public Parameters applyChecked(Parameters base) {
        try {
            return apply(base);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.problems().stream().map(Problem::toString)
                    .reduce((a, b) -> a + "; " + b).orElse("bad parameters"), e);
        }
    }

    /**
     * The text of a parameters file setting each path (under {@code parameters}, e.g.
     * {@code balanceOfThreat.threatHalf}) to its value, with comment lines first.
     */
    public static String text(Map<String, Double> values, List<String> comments) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (var e : values.entrySet()) {
            String[] parts = e.getKey().split("\\.");
            Map<String, Object> at = tree;
            for (int k = 0; k < parts.length - 1; k++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> next = (Map<String, Object>) at.computeIfAbsent(parts[k], x -> new LinkedHashMap<>());
                at = next;
            }
            at.put(parts[parts.length - 1], e.getValue());
        }
        StringBuilder sb = new StringBuilder();
        for (String c : comments) {
            sb.append("# ").append(c).append('\n');
        }
        sb.append("parameters:\n");
        write(tree, 1, sb);
        return sb.toString();
    }

    private static void write(Map<String, Object> tree, int depth, StringBuilder sb) {
        for (var e : tree.entrySet()) {
            sb.append("  ".repeat(depth)).append(e.getKey()).append(':');
            if (e.getValue() instanceof Map<?, ?> m) {
                sb.append('\n');
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) m;
                write(child, depth + 1, sb);
            } else {
                String v = Num.format((Double) e.getValue());
                sb.append(' ').append(v.contains(".") ? v : v + ".0").append('\n');
            }
        }
    }
}
