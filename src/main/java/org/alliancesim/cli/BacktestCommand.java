package org.alliancesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.alliancesim.backtest.Backtest;
import org.alliancesim.backtest.BacktestOutputs;
import org.alliancesim.backtest.BacktestRunner;
import org.alliancesim.backtest.Score;
import org.alliancesim.backtest.atop.AllianceTable;
import org.alliancesim.decision.Theories;
import org.alliancesim.history.YearWorldSource;
import org.alliancesim.output.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code backtest}: theories run through historical years and scored against ATOP. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run historical worlds year by year under each theory (every state reasoning by it, ties carried",
                "over) and score the predicted ties against ATOP alliance obligations, with baselines.",
                "Writes scores.csv, predictions.csv, report.md and charts."})
final class BacktestCommand implements Callable<Integer> {
    @Mixin
    HistoryOptions history;

    @Option(names = "--theory", paramLabel = "NAME",
            description = "Theory to test; repeat for several (default: the six of run).",
            completionCandidates = RunCommand.TheoryNames.class)
    List<String> theories = new ArrayList<>();

    @Option(names = "--train-to", paramLabel = "YEAR",
            description = "Last training year: baselines are fitted on years up to it, and scores are also given for"
                    + " the years after it (default: fit on the whole span).")
    Integer trainTo;

    @Mixin
    RunnerOptions runner;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        history.check();
        List<String> chosen = RunCommand.checkTheories(theories.isEmpty() ? Theories.DEFAULTS : theories);
        history.checkTrainTo(trainTo);
        var params = history.parameters();
        HistoryOptions.Opened opened = history.open();
        AllianceTable table = opened.table();
        YearWorldSource source = opened.source();
        var settings = new BacktestRunner.Settings(history.from, history.to, history.stepsPerYear, history.seed, params,
                runner.threads());
        long started = System.nanoTime();
        Backtest.Result r;
        long total = (long) (history.to - history.from + 1) * chosen.size();
        try (Progress bar = new Progress("theory-years", total, runner.quiet)) {
            java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
            r = Backtest.run(source, table, new Backtest.Request(chosen, settings, trainTo, history.bootstrap),
                    () -> bar.stepTo(done.incrementAndGet()));
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        try (OutputFolder folder = OutputFolder.create(history.out, history.force)) {
            BacktestOutputs.write(r, folder, "alliance-sim " + String.join(" ",
                    spec.commandLine().getParseResult().originalArgs()));
            folder.commit();
        } catch (java.io.IOException e) {
            throw OutputFolder.writeError(history.out, e);
        }
        summary(r, spec.commandLine().getOut());
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%nResults: %s (%.1f s)%n", history.out, seconds);
        o.flush();
        return 0;
    }

    /** The whole span's headline scores, one line per theory and baseline. */
    static void summary(Backtest.Result r, PrintWriter o) {
        String span = r.spans().get(0).label();
        List<String> measures = List.of("any.in-force.f1", "any.auc", "any.brier", "defence.in-force.f1", "defence.auc");
        o.printf(Locale.ROOT, "Scores %s (95%% bootstrap-over-years intervals in scores.csv)%n", span);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-26s", "theory"));
        measures.forEach(m -> head.append(String.format(Locale.ROOT, " %20s", m)));
        o.println(head);
        java.util.Map<String, java.util.Map<String, Double>> rows = new java.util.LinkedHashMap<>();
        for (Score s : r.scores()) {
            if (s.span().equals(span) && measures.contains(s.measure())) {
                rows.computeIfAbsent(s.theory(), k -> new java.util.HashMap<>()).put(s.measure(), s.value());
            }
        }
        for (var e : rows.entrySet()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-26s", e.getKey()));
            for (String m : measures) {
                Double v = e.getValue().get(m);
                row.append(String.format(Locale.ROOT, " %20s", v == null || v.isNaN() ? "n/a"
                        : String.format(Locale.ROOT, "%.3f", v)));
            }
            o.println(row);
        }
    }
}
