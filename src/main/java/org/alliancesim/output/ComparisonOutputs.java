package org.alliancesim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancesim.Version;
import org.alliancesim.experiment.Replication;
import org.alliancesim.model.PerceptionNoise;
import org.alliancesim.scenario.Scenario;

/**
 * Writes the results of {@code compare} into an {@link OutputFolder}: {@code comparison.csv},
 * {@code comparison.md}, one {@code <scenario>.png} per scenario, {@code overview.png} and
 * {@code manifest.json}; with more than one replication, also each scenario's Kaplan–Meier
 * survival of its focal ties ({@code <scenario>-survival.csv}, {@code -survival-summary.csv},
 * {@code -survival.png/svg}). Results arrive scenario by scenario, in order.
 */
public final class ComparisonOutputs {
    private final OutputFolder folder;
    private final List<ScenarioOutcome> outcomes = new ArrayList<>();
    private final Set<String> labels = new HashSet<>();
    private final List<SurvivalTable> survival = new ArrayList<>();

    public ComparisonOutputs(OutputFolder folder) {
        this.folder = folder;
    }

    /** Starts a scenario: the results that follow belong to it until the next call. */
    public ScenarioOutcome begin(Scenario s, int steps) {
        String base = safe(s.name());
        String label = base;
        for (int n = 2; !labels.add(label) || reserved(label); n++) {
            label = base + "-" + n;
        }
        ScenarioOutcome o = new ScenarioOutcome(label, s, steps);
        outcomes.add(o);
        survival.add(new SurvivalTable(Replication.focalPairLabels(s), steps));
        return o;
    }

    /** Takes one replication of the current scenario. */
    public void accept(Replication.Result r) {
        ScenarioOutcome o = outcomes.get(outcomes.size() - 1);
        o.add(r);
        org.alliancesim.experiment.TieOutcome[] outcomes = org.alliancesim.experiment.TieOutcome.all(o.scenario(), r);
        for (int k = 0; k < outcomes.length; k++) {
            survival.get(survival.size() - 1).add(r.theory(), k, outcomes[k]);
        }
    }

    public List<ScenarioOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Writes every file; the folder is then ready to commit. */
    public void finish(List<String> theories, int reps, long seed, int threads, String commandLine) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(folder.file("comparison.csv"), StandardCharsets.UTF_8)) {
            ComparisonTable.writeCsv(outcomes, w);
        }
        List<String> preamble = List.of("Made by `" + commandLine + "` (alliance-sim " + Version.get() + "): "
                + Plural.of(reps, "replication") + " per scenario and theory, seed " + seed + ".");
        try (BufferedWriter w = Files.newBufferedWriter(folder.file("comparison.md"), StandardCharsets.UTF_8)) {
            ComparisonTable.writeMarkdown(outcomes, preamble, w);
        }
        for (ScenarioOutcome o : outcomes) {
            ComparisonCharts.scenario(o).savePng(folder.file(o.label() + ".png"));
        }
        ComparisonCharts.overview(outcomes).savePng(folder.file("overview.png"));
        if (reps > 1) {
            for (int k = 0; k < outcomes.size(); k++) {
                writeSurvival(outcomes.get(k), survival.get(k));
            }
        }
        Files.writeString(folder.file("manifest.json"), Json.write(manifest(theories, reps, seed, threads, commandLine)),
                StandardCharsets.UTF_8);
    }

    /** {@code <label>-survival.csv}, {@code -survival-summary.csv} and {@code -survival.png/svg} (see {@link SurvivalTable}). */
    private void writeSurvival(ScenarioOutcome o, SurvivalTable t) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(folder.file(o.label() + "-survival.csv"), StandardCharsets.UTF_8)) {
            t.writeCurves(w);
        }
        try (BufferedWriter w = Files.newBufferedWriter(folder.file(o.label() + "-survival-summary.csv"),
                StandardCharsets.UTF_8)) {
            t.writeSummary(w);
        }
        SurvivalChart.build(t, o.scenario().time(), Titles.of(o.scenario()) + ": survival of the focal ties")
                .save(folder.file(o.label() + "-survival.png"), folder.file(o.label() + "-survival.svg"));
    }

    private Map<String, Object> manifest(List<String> theories, int reps, long seed, int threads, String commandLine) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", Version.get());
        m.put("command", commandLine);
        List<Object> scenarios = new ArrayList<>();
        for (ScenarioOutcome o : outcomes) {
            Scenario s = o.scenario();
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("label", o.label());
            one.put("file", s.source());
            one.put("sha256", s.sha256());
            one.put("steps", o.aggregate().steps());
            one.put("perceptionNoise", PerceptionNoise.describe(s.parameters().perception().generator()));
            scenarios.add(one);
        }
        m.put("scenarios", scenarios);
        m.put("theories", theories);
        m.put("replications", reps);
        m.put("seed", seed);
        m.put("threads", threads);
        m.put("java", System.getProperty("java.version"));
        return m;
    }

    /** A file-name-safe label: letters, digits, dot, dash and underscore. */
    static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "scenario" + s : s;
    }

    private static boolean reserved(String label) {
        return label.equals("overview") || label.equals("comparison") || label.equals("manifest");
    }
}
