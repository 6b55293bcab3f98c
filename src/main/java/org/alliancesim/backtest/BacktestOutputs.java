package org.alliancesim.backtest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.alliancesim.Num;
import org.alliancesim.experiment.DaemonPool;
import org.alliancesim.model.PerceptionNoise;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.output.OutputFolder;

/**
 * Writes a backtest's results into an {@link OutputFolder} (complete or not at all):
 * {@code predictions.csv}, {@code scores.csv}, {@code report.md} and the charts.
 */
public final class BacktestOutputs {
    /** The measures shown in the report's tables. */
    static final List<String> TABLE = List.of("any.in-force.f1", "any.formation.f1", "any.termination.f1", "any.auc",
            "any.brier", "defence.in-force.f1", "defence.auc");

    private BacktestOutputs() {
    }

    /**
     * Writes every file, on up to the backtest's thread count: each theory's rows of
     * {@code predictions.csv} are formatted on their own and written in theory order, and each
     * chart, {@code scores.csv} and {@code report.md} is a task of its own (each file's bytes do not
     * depend on which thread made them). The first file that fails, in the order above, is reported.
     */
    public static void write(Backtest.Result r, OutputFolder out, String commandLine) throws IOException {
        ExecutorService pool = DaemonPool.fixed(r.request().settings().threads(), "alliance-sim-backtest-output");
        try {
            // the first chart first: it pays for loading the chart library, which the other charts
            // wait for, while the rows are formatted
            List<Future<?>> files = new ArrayList<>();
            files.add(pool.submit(() -> {
                BacktestCharts.roc(r, "any", out.file("roc-any.png"), out.file("roc-any.svg"));
                return null;
            }));
            List<Future<byte[]>> rows = new ArrayList<>();
            for (var e : r.runs().entrySet()) {
                rows.add(pool.submit(() -> predictionRows(e.getKey(), e.getValue())));
            }
            files.add(pool.submit(() -> {
                BacktestCharts.roc(r, "defence", out.file("roc-defence.png"), out.file("roc-defence.svg"));
                return null;
            }));
            files.add(pool.submit(() -> {
                BacktestCharts.decades(r, "any.auc", "ROC AUC by decade, any obligation", out.file("decades-auc.png"),
                        out.file("decades-auc.svg"));
                return null;
            }));
            files.add(pool.submit(() -> {
                BacktestCharts.decades(r, "any.in-force.f1", "F1 of ties in force by decade, any obligation",
                        out.file("decades-f1.png"), out.file("decades-f1.svg"));
                return null;
            }));
            files.add(pool.submit(() -> {
                scores(r.scores(), out);
                return null;
            }));
            files.add(pool.submit(() -> Files.writeString(out.file("report.md"), report(r, commandLine),
                    StandardCharsets.UTF_8)));
            IOException first = null;
            try (OutputStream w = Files.newOutputStream(out.file("predictions.csv"))) {
                w.write(PREDICTIONS_HEADER.getBytes(StandardCharsets.UTF_8));
                for (Future<byte[]> f : rows) {
                    w.write(done(f));
                }
            } catch (IOException e) {
                first = e;
            }
            for (Future<?> f : files) {
                try {
                    done(f);
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static final String PREDICTIONS_HEADER = "theory,year,ccode1,ccode2,level,commitment\n";

    /** A task's result, its IOException or unchecked failure rethrown as it was. */
    private static <T> T done(Future<T> f) throws IOException {
        return org.alliancesim.Tasks.joinIo(f, "writing the outputs");
    }

    /** One theory's rows of {@code predictions.csv}, UTF-8. */
    static byte[] predictionRows(String theory, List<YearPrediction> years) {
        int dyads = 0;
        for (YearPrediction y : years) {
            dyads += y.levels().length;
        }
        StringBuilder sb = new StringBuilder(dyads * (theory.length() + 30));
        for (YearPrediction y : years) {
            int n = y.ccodes().length;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    int k = YearPrediction.pair(n, i, j);
                    sb.append(theory).append(',').append(y.year()).append(',').append(y.ccodes()[i]).append(',')
                            .append(y.ccodes()[j]).append(',').append(y.levels()[k].label()).append(',')
                            .append(Num.format(y.commitments()[k])).append('\n');
                }
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static void scores(List<Score> scores, OutputFolder out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out.file("scores.csv"), StandardCharsets.UTF_8)) {
            w.write("theory,span,measure,value,lower,upper\n");
            for (Score s : scores) {
                w.write(s.theory() + "," + s.span() + "," + s.measure() + "," + Num.format(s.value()) + ","
                        + Num.format(s.lower()) + "," + Num.format(s.upper()) + "\n");
            }
        }
    }

    /** The span the report judges on: the held-out years when there are some, else the whole span. */
    static Span judged(Backtest.Result r) {
        return r.spans().stream().filter(s -> s.kind().equals("test")).findFirst().orElse(r.spans().get(0));
    }

    static String report(Backtest.Result r, String commandLine) {
        var req = r.request();
        var s = req.settings();
        StringBuilder sb = new StringBuilder();
        sb.append("# Backtest ").append(s.from()).append('-').append(s.to()).append("\n\n");
        sb.append("`").append(commandLine).append("`\n\n");
        sb.append("## Protocol\n\n");
        sb.append("- **Worlds.** Each year's world is built from the data (states in the system that year, every input"
                + " re-read). Every state reasons by the theory under test. Each year the model starts from last"
                + " year's predicted ties (levels, keyed by COW code; a state entering the system starts with none;"
                + " the first year starts with none) and runs ").append(s.stepsPerYear())
                .append(" settle steps; the year's prediction is each dyad's level and commitment after them."
                        + " Seeds derive from --seed ").append(s.seed()).append(" and the year; ")
                .append(PerceptionNoise.words(s.params().apply(Parameters.DEFAULTS).perception().generator()))
                .append(".\n");
        sb.append("- **Observed alliances.** ATOP dyad-years. Level mapping: a defence or offence pact = alliance;"
                + " neutrality or non-aggression = coalition; consultation = alignment. Two targets: *any obligation*"
                + " (predicted level above none vs any ATOP obligation) and *defence* (predicted alliance vs"
                + " atop_defense).\n");
        sb.append("- **Hits.** Ties in force: a dyad-year predicted tied and observed tied. Formations: none last year,"
                + " some this year; terminations: the reverse; both counted on dyads in the system both years, so"
                + " from the span's second year. Precision, recall and F1 of each. ROC AUC (ties count one half) and"
                + " the Brier score read the commitment as the score.\n");
        sb.append("- **Baselines**, on the same dyad-years, fitted on ").append(req.trainTo() == null
                ? "the whole span (no --train-to: in-sample)" : "the training years " + s.from() + "-" + req.trainTo())
                .append(": capital distance, contiguity, UN-voting similarity (only dyad-years with both ideal points),"
                        + " last year's ATOP alliances (ties in force only), and a logistic regression (IRLS) on log"
                        + " distance, contiguity, UN distance with a missing indicator, both states' power and their"
                        + " mean perceived intent. A fitted baseline predicts a tie where its probability reaches the"
                        + " level at which, on the training years, as many dyad-years are predicted tied as were"
                        + " observed tied.\n");
        sb.append("- **Uncertainty.** 95% intervals from a bootstrap over years (").append(req.replicates())
                .append(" replicates; whole years are resampled, so dependence between the dyads of a year is kept);"
                        + " none for single years.\n");
        for (String n : r.notes()) {
            sb.append("- Note: ").append(n).append('\n');
        }
        List<Span> shown = new ArrayList<>();
        for (Span sp : r.spans()) {
            if (!sp.kind().equals("decade") && !sp.kind().equals("year")) {
                shown.add(sp);
            }
        }
        for (Span sp : shown) {
            sb.append("\n## Scores, ").append(sp.label()).append(sp.kind().equals("span") ? "" : " (" + sp.kind() + ")")
                    .append("\n\n");
            table(r, sp, sb);
        }
        sb.append("\n## Which theory does best\n\n").append(verdict(r)).append('\n');
        sb.append("\n## Where each theory fails\n\n").append(failures(r));
        sb.append("\nFiles: `scores.csv` (every measure by span, decade and year, with intervals), `predictions.csv`,"
                + " `decades-auc.png`, `decades-f1.png`, `roc-any.png`, `roc-defence.png`.\n");
        return sb.toString();
    }

    private static void table(Backtest.Result r, Span sp, StringBuilder sb) {
        Map<String, Map<String, Score>> rows = new LinkedHashMap<>();
        for (Score s : r.scores()) {
            if (s.span().equals(sp.label()) && TABLE.contains(s.measure())) {
                rows.computeIfAbsent(s.theory(), k -> new LinkedHashMap<>()).put(s.measure(), s);
            }
        }
        sb.append("| theory |");
        TABLE.forEach(m -> sb.append(' ').append(m).append(" |"));
        sb.append("\n|---|");
        TABLE.forEach(m -> sb.append("---|"));
        sb.append('\n');
        for (var e : rows.entrySet()) {
            sb.append("| ").append(e.getKey()).append(" |");
            for (String m : TABLE) {
                Score s = e.getValue().get(m);
                sb.append(' ').append(s == null ? "" : cell(s)).append(" |");
            }
            sb.append('\n');
        }
    }

    static String cell(Score s) {
        if (Double.isNaN(s.value())) {
            return "n/a";
        }
        String v = String.format(Locale.ROOT, "%.3f", s.value());
        return Double.isNaN(s.lower()) ? v : v + String.format(Locale.ROOT, " [%.3f, %.3f]", s.lower(), s.upper());
    }

    /** For each theory: whether it predicts any tie, whether it ranks worse than chance, its worst decade. */
    static String failures(Backtest.Result r) {
        Span sp = judged(r);
        Map<String, Map<String, Score>> byTheory = new LinkedHashMap<>();
        Map<String, Score> worstDecade = new LinkedHashMap<>();
        List<String> decades = r.spans().stream().filter(x -> x.kind().equals("decade")).map(Span::label).toList();
        for (Score s : r.scores()) {
            if (s.theory().startsWith("baseline:")) {
                continue;
            }
            if (s.span().equals(sp.label())) {
                byTheory.computeIfAbsent(s.theory(), k -> new LinkedHashMap<>()).put(s.measure(), s);
            }
            if (s.measure().equals("any.auc") && decades.contains(s.span()) && !Double.isNaN(s.value())) {
                worstDecade.merge(s.theory(), s, (a, b) -> b.value() < a.value() ? b : a);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (var e : byTheory.entrySet()) {
            List<String> said = new ArrayList<>();
            Score prec = e.getValue().get("any.in-force.precision");
            Score auc = e.getValue().get("any.auc");
            Score def = e.getValue().get("defence.in-force.precision");
            if (prec != null && Double.isNaN(prec.value())) {
                said.add("predicts no tie in force on " + sp.label());
            } else if (def != null && Double.isNaN(def.value())) {
                said.add("predicts no alliance (so no defence pact) on " + sp.label());
            }
            if (auc != null && !Double.isNaN(auc.upper()) && auc.upper() < 0.5) {
                said.add("ranks dyads worse than chance (AUC " + cell(auc) + ")");
            }
            Score w = worstDecade.get(e.getKey());
            if (w != null) {
                said.add(String.format(Locale.ROOT, "its weakest decade is %s (AUC %.3f)", w.span(), w.value()));
            }
            sb.append("- **").append(e.getKey()).append("**: ").append(String.join("; ", said)).append(".\n");
        }
        return sb.toString();
    }

    static String verdict(Backtest.Result r) {
        Span sp = judged(r);
        Score best = null;
        Score bestBase = null;
        for (Score s : r.scores()) {
            if (!s.span().equals(sp.label()) || !s.measure().equals("any.auc") || Double.isNaN(s.value())) {
                continue;
            }
            if (s.theory().startsWith("baseline:")) {
                bestBase = bestBase == null || s.value() > bestBase.value() ? s : bestBase;
            } else {
                best = best == null || s.value() > best.value() ? s : best;
            }
        }
        if (best == null) {
            return "No theory could be scored on " + sp.label() + ".";
        }
        StringBuilder v = new StringBuilder(String.format(Locale.ROOT,
                "On %s, by ROC AUC for any obligation, the best theory is **%s** (%s).", sp.label(), best.theory(),
                cell(best)));
        if (bestBase != null) {
            v.append(String.format(Locale.ROOT, " The best baseline is %s (%s): the theory %s it.", bestBase.theory(),
                    cell(bestBase), best.value() > bestBase.value() ? (best.lower() > bestBase.upper()
                            ? "beats" : "scores above, with overlapping intervals,") : "does not beat"));
        }
        return v.toString();
    }
}
