package org.alliancesim.experiment.sweep;

import java.util.List;
import org.alliancesim.experiment.design.GridDesign;
import org.alliancesim.scenario.Problems;
import org.alliancesim.scenario.YamlMap;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one entry of a sweep file's {@code vary} list: a grid parameter's values ({@code values:
 * [...]} or {@code from/to/step}) or a sampled parameter's range ({@code min/max}), recording
 * problems at the entry's fields.
 */
final class VaryReader {
    private VaryReader() {
    }

    static double[] levels(YamlMap v) {
        if (v.has("values") == v.has("from")) {
            v.problem(v.has("values") ? "from" : "values", v.has("values") ? "give either values or from/to/step, not both"
                    : "give values: [a, b, ...] or from:, to:, step:");
            return null;
        }
        if (v.has("min") || v.has("max")) {
            v.problem(v.has("min") ? "min" : "max", "min/max ranges are for sampled designs; a grid takes values or from/to/step");
            return null;
        }
        if (v.has("values")) {
            List<Node> nodes = v.list("values");
            double[] out = new double[nodes.size()];
            for (int k = 0; k < nodes.size(); k++) {
                Problems p = v.problems();
                int before = p.list().size();
                out[k] = number(nodes.get(k), v.child("values") + "[" + k + "]", p);
                if (p.list().size() > before) {
                    return null;
                }
            }
            if (out.length == 0) {
                v.problem("values", "give at least one value");
                return null;
            }
            return out;
        }
        v.require("to", "the last value of the range");
        v.require("step", "the distance between values");
        double from = v.number("from", -Double.MAX_VALUE, Double.MAX_VALUE, Double.NaN);
        double to = v.number("to", -Double.MAX_VALUE, Double.MAX_VALUE, Double.NaN);
        double step = v.number("step", -Double.MAX_VALUE, Double.MAX_VALUE, Double.NaN);
        if (Double.isNaN(from) || Double.isNaN(to) || Double.isNaN(step)) {
            return null;
        }
        if (!(step > 0)) {
            v.problem("step", "step must be above 0, found " + step);
            return null;
        }
        if (to < from) {
            v.problem("to", "the range ends (" + to + ") below where it starts (" + from + ")");
            return null;
        }
        if ((to - from) / step > SweepLoader.MAX_POINTS) {
            v.problem("step", "the range has more than " + SweepLoader.MAX_POINTS + " values");
            return null;
        }
        return GridDesign.range(from, to, step);
    }

    static double[] range(YamlMap v) {
        if (v.has("values") || v.has("from")) {
            v.problem(v.has("values") ? "values" : "from", "a sampled design draws from ranges: give min and max");
            return null;
        }
        v.require("min", "the lower end of the range");
        v.require("max", "the upper end of the range");
        double min = v.number("min", -Double.MAX_VALUE, Double.MAX_VALUE, Double.NaN);
        double max = v.number("max", -Double.MAX_VALUE, Double.MAX_VALUE, Double.NaN);
        if (Double.isNaN(min) || Double.isNaN(max)) {
            return null;
        }
        if (!(max > min)) {
            v.problem("max", "max (" + max + ") must be above min (" + min + ")");
            return null;
        }
        return new double[] {min, max};
    }

    private static double number(Node n, String path, Problems problems) {
        if (n instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
            try {
                double d = Double.parseDouble(s.getValue().replace("_", ""));
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        String found = n instanceof ScalarNode s ? "'" + s.getValue() + "'" : "a " + n.getNodeId();
        problems.add(n, path, "expected a finite number, found " + found);
        return Double.NaN;
    }
}
