package org.alliancesim.experiment.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancesim.Version;
import org.alliancesim.decision.Theories;
import org.alliancesim.experiment.design.Design;
import org.alliancesim.experiment.design.GridDesign;
import org.alliancesim.experiment.design.LatinHypercubeDesign;
import org.alliancesim.experiment.design.SobolDesign;
import org.alliancesim.scenario.NodePath;
import org.alliancesim.scenario.Problem;
import org.alliancesim.scenario.Problems;
import org.alliancesim.scenario.ScenarioException;
import org.alliancesim.scenario.ScenarioTemplate;
import org.alliancesim.scenario.YamlMap;
import org.alliancesim.scenario.YamlSource;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads and checks a sweep file (format in {@code docs/experiments.md}). Every problem names the
 * sweep file, line, column and field; a varied path is checked by setting it, at the ends of its
 * range, in the base scenario and loading the result with the scenario loader, so a path the
 * scenario does not have, or a value its field refuses, is reported at the sweep file's line.
 */
public final class SweepLoader {
    /** Columns every sweep output has, which a varied field's {@code name:} may not take. */
    static final Set<String> RESERVED_COLUMNS = Set.of("point", "replication", "seed", "theory", "pair", "runs");

    /** Most points a sweep may have (each is held as a few numbers while the sweep runs). */
    public static final long MAX_POINTS = 10_000_000;
    private static final List<String> DESIGNS = List.of("grid", "latin-hypercube", "sobol");

    private SweepLoader() {
    }

    public static SweepSpec load(Path file) throws ScenarioException {
        return load(file, YamlSource.readText(file, file.toString()), null);
    }

    /**
     * Loads a sweep from its text and, when {@code scenarioText} is not null, its base scenario's
     * text instead of the scenario file (a cluster worker's copy: it reads no file). The
     * fingerprint depends on the two texts and the program, not on where they came from.
     *
     * @param file the sweep file as the user named it (for messages and the default name)
     */
    public static SweepSpec load(Path file, String text, String scenarioText) throws ScenarioException {
        String display = file.toString();
        Node root = YamlSource.parse(text, display);
        Problems problems = new Problems(display);
        YamlMap top = YamlMap.of(root, "", problems);
        problems.throwIfAny();
        String fallbackName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String name = top.string("name", fallbackName);
        top.string("description", "");
        top.require("scenario", "the base scenario, a path relative to this file");
        String scenarioRel = top.string("scenario", null);
        List<String> theories = top.strings("theories");
        if (!top.has("theories")) {
            theories = Theories.PAPER;
        }
        for (int k = 0; k < theories.size(); k++) {
            if (Theories.byName(theories.get(k)) == null) {
                problems.add(top.get("theories"), "theories[" + k + "]", "unknown theory '" + theories.get(k)
                        + "'; choose from " + String.join(", ", Theories.names()));
            } else if (theories.indexOf(theories.get(k)) < k) {
                problems.add(top.get("theories"), "theories[" + k + "]", "'" + theories.get(k)
                        + "' is listed twice; a theory listed twice would be run and counted twice");
            }
        }
        if (top.has("theories") && theories.isEmpty()) {
            top.problem("theories", "name at least one theory");
        }
        int reps = top.integer("replications", 1, 1_000_000, 10);
        Integer steps = top.has("steps") ? top.integer("steps", 1, org.alliancesim.scenario.TimeSpec.MAX_STEPS, 1) : null;
        long seed = (long) top.number("seed", -9.007199254740991E15, 9.007199254740991E15, 1);
        int chunkRuns = top.integer("chunkRuns", 1, 1_000_000, SweepRunner.RUNS_PER_CHUNK);
        String designName = top.choice("design", DESIGNS, "grid");
        boolean sampled = !designName.equals("grid");
        int points = sampled ? top.integer("points", 1, (int) MAX_POINTS, 0) : 0;
        if (sampled) {
            top.require("points", "how many points to sample");
        } else if (top.has("points")) {
            top.problem("points", "points is for sampled designs (latin-hypercube, sobol); a grid's points are its values");
        }
        top.require("vary", "the parameters to vary: a list of {path: ..., values: [...]} or ranges");
        List<Node> items = top.list("vary");
        List<SweepParameter> params = new ArrayList<>();
        List<double[]> levels = new ArrayList<>();
        List<Node> pathNodes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < items.size(); k++) {
            YamlMap v = YamlMap.of(items.get(k), "vary[" + k + "]", problems);
            v.require("path", "the field to vary, e.g. states.IRN.perceives.USA");
            String pathText = v.string("path", null);
            NodePath path = null;
            if (pathText != null) {
                try {
                    path = NodePath.parse(pathText);
                } catch (IllegalArgumentException e) {
                    v.problem("path", e.getMessage());
                }
                if (path != null && !seen.add(pathText)) {
                    v.problem("path", "'" + pathText + "' is varied twice");
                }
            }
            String column = v.string("name", null);
            if (column != null && RESERVED_COLUMNS.contains(column)) {
                v.problem("name", "'" + column + "' is already a column of the outputs; choose another name");
                column = null;
            } else if (column != null && !column.matches("[A-Za-z][A-Za-z0-9_]*")) {
                v.problem("name", "a column name: a letter, then letters, digits or underscores (found '" + column + "')");
                column = null;
            } else if (column != null && !seen.add("name:" + column)) {
                v.problem("name", "the name '" + column + "' is given twice");
                column = null;
            }
            boolean round = "true".equals(v.choice("round", List.of("true", "false"), "false"))
                    || (path != null && path.isWholeNumber());
            double[] values = sampled ? VaryReader.range(v) : VaryReader.levels(v);
            v.finish();
            if (path != null && values != null) {
                org.yaml.snakeyaml.error.Mark at = v.get("path").getStartMark();
                params.add(new SweepParameter(path, round, column, at.getLine() + 1, at.getColumn() + 1));
                levels.add(values);
                pathNodes.add(v.get("path"));
            }
        }
        if (top.has("vary") && items.isEmpty()) {
            top.problem("vary", "vary at least one parameter");
        }
        top.finish();
        if (!sampled && problems.isEmpty() && !levels.isEmpty()) {
            try {
                if (GridDesign.size(levels) > MAX_POINTS) {
                    top.problem("vary", "the grid has " + GridDesign.size(levels) + " points; at most " + MAX_POINTS);
                }
            } catch (ArithmeticException e) {
                top.problem("vary", "the grid has more points than can be counted; at most " + MAX_POINTS);
            }
        }
        problems.throwIfAny();

        Path scenarioFile;
        try {
            scenarioFile = file.toAbsolutePath().getParent().resolve(scenarioRel).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            problems.add(top.get("scenario"), "scenario", "not a valid path (" + e.getReason() + ")");
            problems.throwIfAny();
            throw new IllegalStateException(e);
        }
        if (scenarioText == null && !Files.isRegularFile(scenarioFile)) {
            problems.add(top.get("scenario"), "scenario", "no scenario file at " + scenarioFile
                    + " (the path is relative to the sweep file's folder)");
            problems.throwIfAny();
        }
        Path shown = file.getParent() == null ? Path.of(scenarioRel) : file.getParent().resolve(scenarioRel).normalize();
        ScenarioTemplate base = scenarioText == null ? ScenarioTemplate.load(shown)
                : ScenarioTemplate.parse(scenarioText, shown.toString());
        checkPaths(base, params, levels, pathNodes, problems);
        problems.throwIfAny();
        int t = steps != null ? steps : base.median(Map.of()).time().steps();
        Design design = switch (designName) {
            case "latin-hypercube" -> new LatinHypercubeDesign(points, column(levels, 0), column(levels, 1),
                    rounds(params), seed);
            case "sobol" -> new SobolDesign(points, column(levels, 0), column(levels, 1), rounds(params));
            default -> new GridDesign(levels);
        };
        String fingerprint = sha("journal-2\n" + Version.get() + "\n" + text + "\n" + base.sha256());
        return new SweepSpec(name, display, fingerprint, base, theories, params, design, reps, t, seed, chunkRuns);
    }

    /** Sets each parameter, alone, to the ends of its range in the base scenario and loads it. */
    private static void checkPaths(ScenarioTemplate base, List<SweepParameter> params, List<double[]> levels,
                                   List<Node> pathNodes, Problems problems) {
        for (int k = 0; k < params.size(); k++) {
            double[] l = levels.get(k);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double d : l) {
                lo = Math.min(lo, d);
                hi = Math.max(hi, d);
            }
            for (double value : lo == hi ? new double[] {lo} : new double[] {lo, hi}) {
                try {
                    base.median(Map.of(params.get(k).path(), params.get(k).round() ? Math.rint(value) : value));
                } catch (ScenarioException e) {
                    for (Problem p : e.problems()) {
                        String where = p.path() != null && !p.path().isEmpty() && !p.path().equals(params.get(k).label())
                                ? " (" + p.path() + ")" : "";
                        problems.add(pathNodes.get(k), "vary[" + k + "].path", params.get(k).label() + " = "
                                + org.alliancesim.Num.format(value) + " in " + base.display() + where + ": "
                                + p.message());
                    }
                    break;
                }
            }
        }
    }

    private static double[] column(List<double[]> ranges, int k) {
        return ranges.stream().mapToDouble(r -> r[k]).toArray();
    }

    private static boolean[] rounds(List<SweepParameter> params) {
        boolean[] out = new boolean[params.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = params.get(k).round();
        }
        return out;
    }

    static String sha(String text) {
        try {
            var md = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(md.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
