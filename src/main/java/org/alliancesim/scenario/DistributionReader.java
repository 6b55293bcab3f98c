package org.alliancesim.scenario;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and checks one {@code {dist: ...}} mapping (see {@link Distribution}). */
final class DistributionReader {
    /** Largest alpha + beta of a beta distribution (a narrower one is refused: sampling it would not converge). */
    static final double MAX_BETA_CONCENTRATION = 1e6;

    private DistributionReader() {
    }

    /** The distribution, or null with problems recorded at its fields. */
    static Distribution read(Node node, String path, boolean wholeNumbers, Problems problems) {
        int before = problems.list().size();
        YamlMap m = YamlMap.of(node, path, problems);
        String kind = m.choice("dist", Distribution.KINDS, null);
        boolean round = wholeNumbers || "true".equals(m.choice("round", List.of("true", "false"), "false"));
        double big = Double.MAX_VALUE;
        Distribution out = null;
        if (kind != null) {
            switch (kind) {
                case "normal" -> {
                    double mean = need(m, "mean", -big, big);
                    double sd = sd(m);
                    out = ok(problems, before) ? Distribution.normal(mean, sd, round) : null;
                }
                case "truncnormal" -> {
                    double mean = need(m, "mean", -big, big);
                    double sd = sd(m);
                    double min = need(m, "min", -big, big);
                    double max = need(m, "max", -big, big);
                    if (ok(problems, before) && !(min < max)) {
                        m.problem("max", "max (" + max + ") must be above min (" + min + ")");
                    } else if (ok(problems, before)) {
                        NormalDistribution n = new NormalDistribution(null, mean, sd);
                        if (n.cumulativeProbability(max) - n.cumulativeProbability(min) < 1e-9) {
                            if (sd > max - min) {
                                m.problem("sd", "sd " + sd + " is so much wider than [min, max] = [" + min + ", " + max
                                        + "] that the interval holds almost none of the normal; narrow sd (or use"
                                        + " dist: uniform)");
                            } else {
                                m.problem("mean", "[min, max] lies too far in the tail of the normal (mean " + mean
                                        + ", sd " + sd + ") to draw from; move the mean inside or widen sd");
                            }
                        }
                    }
                    out = ok(problems, before) ? Distribution.truncatedNormal(mean, sd, min, max, round) : null;
                }
                case "beta" -> {
                    double mean = need(m, "mean", -big, big);
                    double sd = sd(m);
                    if (ok(problems, before) && !(mean > 0 && mean < 1)) {
                        m.problem("mean", "a beta distribution's mean must lie strictly between 0 and 1, found " + mean);
                    } else if (ok(problems, before) && sd * sd >= mean * (1 - mean)) {
                        m.problem("sd", "a beta with mean " + mean + " needs sd below sqrt(mean(1-mean)) = "
                                + Math.sqrt(mean * (1 - mean)) + ", found " + sd);
                    } else if (ok(problems, before) && mean * (1 - mean) / (sd * sd) - 1 > MAX_BETA_CONCENTRATION) {
                        // alpha + beta beyond 1e6: Commons Math's inverse CDF needs unbounded iterations
                        m.problem("sd", "a beta with mean " + mean + " and sd " + sd + " is too narrow to draw from;"
                                + " use sd of at least " + (float) Math.sqrt(mean * (1 - mean) / (MAX_BETA_CONCENTRATION + 1))
                                + ", or a fixed number");
                    }
                    out = ok(problems, before) ? Distribution.beta(mean, sd, round) : null;
                }
                case "uniform" -> {
                    double min = need(m, "min", -big, big);
                    double max = need(m, "max", -big, big);
                    if (ok(problems, before) && !(min < max)) {
                        m.problem("max", "max (" + max + ") must be above min (" + min + ")");
                    }
                    out = ok(problems, before) ? Distribution.uniform(min, max, round) : null;
                }
                case "triangular" -> {
                    double min = need(m, "min", -big, big);
                    double mode = need(m, "mode", -big, big);
                    double max = need(m, "max", -big, big);
                    if (ok(problems, before) && !(min < max && min <= mode && mode <= max)) {
                        m.problem("mode", "a triangular distribution needs min <= mode <= max and min < max, found "
                                + min + ", " + mode + ", " + max);
                    }
                    out = ok(problems, before) ? Distribution.triangular(min, mode, max, round) : null;
                }
                default -> throw new IllegalStateException(kind);
            }
        }
        m.finish();
        return ok(problems, before) ? out : null;
    }

    private static double need(YamlMap m, String key, double min, double max) {
        m.require(key, key + " of the distribution");
        return m.number(key, min, max, Double.NaN);
    }

    private static double sd(YamlMap m) {
        m.require("sd", "the standard deviation, above 0");
        double sd = m.number("sd", 0, Double.MAX_VALUE, Double.NaN);
        if (sd == 0) {
            m.problem("sd", "sd must be above 0 (a fixed value needs no distribution: write the number)");
            return Double.NaN;
        }
        return sd;
    }

    private static boolean ok(Problems problems, int before) {
        return problems.list().size() == before;
    }
}
