package org.alliancesim.output;

import org.alliancesim.Num;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.Version;
import org.alliancesim.experiment.stats.Moments;
import org.alliancesim.experiment.stats.Sensitivity;
import org.alliancesim.experiment.sweep.SweepJournal;
import org.alliancesim.experiment.sweep.SweepParameter;
import org.alliancesim.experiment.sweep.SweepRunner;
import org.alliancesim.experiment.sweep.SweepSpec;
import org.alliancesim.model.PerceptionNoise;
import org.alliancesim.world.Level;

/**
 * Assembles a finished sweep's files from its journal, reading the chunks in order and keeping
 * only one point's statistics, the survival counts and (for sampled designs) one number per point
 * in memory: {@code runs.csv}, {@code points.csv}, {@code survival.csv},
 * {@code survival-summary.csv}, {@code survival.png/svg}, for sampled designs
 * {@code sensitivity.csv} and {@code sensitivity.png/svg}, and {@code manifest.json}. Every file is
 * a function of the journal alone, so a resumed sweep writes the same bytes as an uninterrupted one.
 */
public final class SweepOutputs {
    static final String POINTS_HEADER_TAIL = "theory,pair,runs,formed,ended,ended_share,ended_sd,ended_ci_low,ended_ci_high,"
            + "duration_mean,duration_sd,duration_ci_low,duration_ci_high,end_step_mean,end_step_sd,formed_step_mean,"
            + "mean_commitment,share_final_none,share_final_alignment,share_final_coalition,share_final_alliance";
    /** The columns of runs.csv after the varied parameters: one row per run and focal pair (tidy). */
    static final String RUNS_HEADER_TAIL = "theory,pair,formed_step,ended,end_step,duration,cause,final_level,mean_commitment";
    private static final int FIELDS = SweepRunner.PAIR_FIELDS.size();
    private final SweepSpec spec;
    private final SweepRunner runner;
    private final List<String> pairs;
    private final int d;
    /** Per pair and theory, the regression of the mean commitment on the varied parameters. */
    private Sensitivity[][] commitmentSens;

    public SweepOutputs(SweepSpec spec, SweepRunner runner) {
        this.spec = spec;
        this.runner = runner;
        this.pairs = runner.pairLabels();
        this.d = spec.parameters().size();
    }

    /** Per point, theory and pair: the outcomes' one-pass statistics. */
    private static final class Cell {
        long runs;
        final Moments ended = new Moments();
        final Moments duration = new Moments();
        final Moments endStep = new Moments();
        final Moments formedStep = new Moments();
        final Moments commitment = new Moments();
        final long[] finalLevels = new long[Level.values().length];
    }

    public void write(SweepJournal journal, Path dir) throws IOException {
        int nt = spec.theories().size();
        SurvivalTable survival = new SurvivalTable(spec.theories(), pairs, spec.steps());
        boolean sampled = spec.design().sampled();
        Sensitivity[][] endedSens = new Sensitivity[pairs.size()][nt];
        Sensitivity[][] durationSens = new Sensitivity[pairs.size()][nt];
        for (int p = 0; p < pairs.size(); p++) {
            for (int t = 0; t < nt; t++) {
                endedSens[p][t] = new Sensitivity();
                durationSens[p][t] = new Sensitivity();
            }
        }
        commitmentSens = new Sensitivity[pairs.size()][nt];
        for (int p = 0; p < pairs.size(); p++) {
            for (int t = 0; t < nt; t++) {
                commitmentSens[p][t] = new Sensitivity();
            }
        }
        Map<String, Integer> theoryIndex = new LinkedHashMap<>();
        for (int t = 0; t < nt; t++) {
            theoryIndex.put(spec.theories().get(t), t);
        }
        try (BufferedWriter runs = Files.newBufferedWriter(dir.resolve("runs.csv"), StandardCharsets.UTF_8);
             BufferedWriter points = Files.newBufferedWriter(dir.resolve("points.csv"), StandardCharsets.UTF_8)) {
            StringBuilder rh = new StringBuilder("point,replication,seed");
            for (SweepParameter p : spec.parameters()) {
                rh.append(',').append(p.label());
            }
            runs.write(rh + "," + RUNS_HEADER_TAIL + "\n");
            StringBuilder ph = new StringBuilder("point");
            for (SweepParameter p : spec.parameters()) {
                ph.append(',').append(p.label());
            }
            points.write(ph + "," + POINTS_HEADER_TAIL + "\n");
            int current = -1;
            String[] currentValues = null;
            Cell[][] cells = newCells(nt);
            for (int c = 0; c < runner.chunks(); c++) {
                try (BufferedReader r = Files.newBufferedReader(journal.chunk(c), StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        String[] f = line.split(",", -1);
                        writeTidy(runs, f);
                        int point = Integer.parseInt(f[0]);
                        if (point != current) {
                            if (current >= 0) {
                                flush(points, current, currentValues, cells, endedSens, durationSens);
                            }
                            current = point;
                            currentValues = java.util.Arrays.copyOfRange(f, 3, 3 + d);
                            cells = newCells(nt);
                        }
                        String theory = f[3 + d];
                        int t = theoryIndex.get(theory);
                        for (int p = 0; p < pairs.size(); p++) {
                            int at = 4 + d + FIELDS * p;
                            Cell cell = cells[t][p];
                            cell.runs++;
                            boolean stood = !f[at].isEmpty();
                            boolean ended = "1".equals(f[at + 1]);
                            int duration = stood ? Integer.parseInt(f[at + 3]) : -1;
                            survival.add(theory, p, stood, duration, ended);
                            if (stood) {
                                cell.ended.add(ended ? 1 : 0);
                                cell.duration.add(duration);
                                if (ended) {
                                    cell.endStep.add(Integer.parseInt(f[at + 2]));
                                }
                                cell.formedStep.add(Integer.parseInt(f[at]));
                            }
                            cell.commitment.add(Double.parseDouble(f[at + 6]));
                            cell.finalLevels[Level.parse(f[at + 5]).ordinal()]++;
                        }
                    }
                }
            }
            if (current >= 0) {
                flush(points, current, currentValues, cells, endedSens, durationSens);
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("survival.csv"), StandardCharsets.UTF_8)) {
            survival.writeCurves(w);
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("survival-summary.csv"), StandardCharsets.UTF_8)) {
            survival.writeSummary(w);
        }
        SurvivalChart.build(survival, runner.reference().time(), Titles.words(spec.name(), runner.reference().states())
                + ": survival of the focal ties").save(dir.resolve("survival.png"), dir.resolve("survival.svg"));
        if (sampled) {
            Sensitivity.Result[][] ended = writeSensitivity(dir, endedSens, durationSens);
            List<String> labels = spec.parameters().stream().map(SweepParameter::label).toList();
            SensitivityChart.build(Titles.words(spec.name(), runner.reference().states())
                    + ": what decides whether the focal ties end", labels, pairs, spec.theories(), ended)
                    .save(dir.resolve("sensitivity.png"), dir.resolve("sensitivity.svg"));
        }
        Files.writeString(dir.resolve("manifest.json"), Json.write(manifest()), StandardCharsets.UTF_8);
    }

    /** One journal row as runs.csv rows, one per focal pair. */
    private void writeTidy(Writer runs, String[] f) throws IOException {
        StringBuilder head = new StringBuilder();
        for (int k = 0; k < 4 + d; k++) {
            head.append(f[k]).append(',');
        }
        for (int p = 0; p < pairs.size(); p++) {
            int at = 4 + d + FIELDS * p;
            StringBuilder row = new StringBuilder(head).append(pairs.get(p));
            for (int k = 0; k < FIELDS; k++) {
                row.append(',').append(f[at + k]);
            }
            runs.write(row.append('\n').toString());
        }
    }

    private static String finalShares(Cell c) {
        StringBuilder sb = new StringBuilder();
        for (long n : c.finalLevels) {
            sb.append(',').append(Num.format(c.runs == 0 ? Double.NaN : n / (double) c.runs));
        }
        return sb.toString();
    }

    private Cell[][] newCells(int nt) {
        Cell[][] cells = new Cell[nt][pairs.size()];
        for (int t = 0; t < nt; t++) {
            for (int p = 0; p < pairs.size(); p++) {
                cells[t][p] = new Cell();
            }
        }
        return cells;
    }

    private void flush(Writer w, int point, String[] values, Cell[][] cells, Sensitivity[][] endedSens,
                       Sensitivity[][] durationSens) throws IOException {
        double[] x = new double[d];
        for (int k = 0; k < d; k++) {
            x[k] = Double.parseDouble(values[k]);
        }
        String prefix = point + (d == 0 ? "" : "," + String.join(",", values));
        for (int t = 0; t < cells.length; t++) {
            for (int p = 0; p < pairs.size(); p++) {
                Cell c = cells[t][p];
                long formed = c.ended.n();
                long ended = Math.round(c.ended.mean() * formed);
                double[] wilson = Moments.wilson(ended, formed);
                double[] ci = c.duration.tInterval();
                w.write(prefix + "," + spec.theories().get(t) + "," + pairs.get(p) + "," + c.runs + "," + formed + ","
                        + (formed == 0 ? "" : Long.toString(ended)) + "," + Num.format(c.ended.mean()) + ","
                        + Num.format(c.ended.sd()) + "," + Num.format(wilson[0]) + "," + Num.format(wilson[1]) + ","
                        + Num.format(c.duration.mean()) + "," + Num.format(c.duration.sd()) + "," + Num.format(ci[0]) + ","
                        + Num.format(ci[1]) + "," + Num.format(c.endStep.mean()) + "," + Num.format(c.endStep.sd()) + ","
                        + Num.format(c.formedStep.mean()) + "," + Num.format(c.commitment.mean()) + finalShares(c) + "\n");
                endedSens[p][t].add(x, c.ended.mean());
                durationSens[p][t].add(x, c.duration.mean());
                commitmentSens[p][t].add(x, c.commitment.mean());
            }
        }
    }

    private Sensitivity.Result[][] writeSensitivity(Path dir, Sensitivity[][] endedSens, Sensitivity[][] durationSens)
            throws IOException {
        Sensitivity.Result[][] ended = new Sensitivity.Result[pairs.size()][spec.theories().size()];
        try (Writer w = Files.newBufferedWriter(dir.resolve("sensitivity.csv"), StandardCharsets.UTF_8)) {
            w.write("theory,pair,outcome,parameter,src,r2,points\n");
            for (int t = 0; t < spec.theories().size(); t++) {
                for (int p = 0; p < pairs.size(); p++) {
                    ended[p][t] = endedSens[p][t].estimate(d);
                    Sensitivity.Result dur = durationSens[p][t].estimate(d);
                    Sensitivity.Result com = commitmentSens[p][t].estimate(d);
                    for (Object[] o : new Object[][] {{"ended_share", ended[p][t]}, {"duration_mean", dur},
                        {"mean_commitment", com}}) {
                        Sensitivity.Result r = (Sensitivity.Result) o[1];
                        for (int k = 0; k < d; k++) {
                            w.write(spec.theories().get(t) + "," + pairs.get(p) + "," + o[0] + ","
                                    + spec.parameters().get(k).label() + "," + Num.format(r.src()[k]) + ","
                                    + Num.format(r.r2()) + "," + r.points() + "\n");
                        }
                    }
                }
            }
        }
        return ended;
    }

    private Map<String, Object> manifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", Version.get());
        m.put("sweep", spec.file());
        m.put("fingerprint", spec.fingerprint());
        m.put("scenario", Map.of("file", spec.base().display(), "sha256", spec.base().sha256()));
        m.put("design", spec.design().name());
        m.put("points", runner.points().size());
        m.put("parameters", spec.parameters().stream().map(SweepParameter::label).toList());
        m.put("parameterPaths", spec.parameters().stream().map(p -> p.path().text()).toList());
        m.put("uncertainInputs", spec.base().uncertainPaths());
        m.put("theories", spec.theories());
        m.put("replications", spec.replications());
        m.put("runs", runner.runs());
        m.put("steps", spec.steps());
        m.put("seed", spec.seed());
        m.put("seeds", "Seeds.point(seed, point, replication); theories share a replication's seed");
        m.put("perceptionNoise", PerceptionNoise.describe(runner.reference().parameters().perception().generator()));
        List<String> files = new ArrayList<>(List.of("runs.csv", "points.csv", "survival.csv", "survival-summary.csv",
                "survival.png", "survival.svg"));
        if (spec.design().sampled()) {
            files.addAll(List.of("sensitivity.csv", "sensitivity.png", "sensitivity.svg"));
        }
        m.put("files", files);
        return m;
    }
}
