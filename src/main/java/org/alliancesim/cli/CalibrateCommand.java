package org.alliancesim.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.alliancesim.backtest.BacktestOutputs;
import org.alliancesim.backtest.Calibration;
import org.alliancesim.backtest.ParameterPaths;
import org.alliancesim.backtest.ParamsFile;
import org.alliancesim.backtest.Score;
import org.alliancesim.backtest.atop.AllianceTable;
import org.alliancesim.history.YearWorldSource;
import org.alliancesim.model.PerceptionNoise;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.world.PerceptionParams;
import org.alliancesim.Num;
import org.alliancesim.output.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code calibrate}: fit a theory's parameters on training years, then score defaults and fit on training and held-out years. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit a theory's numeric parameters on the years --from..--train-to with CMA-ES (objective: minus the",
                "mean of ROC AUC and F1 of ties in force, any ATOP obligation), never reading a later year while fitting;",
                "then score the defaults and the fit side by side on the training and the held-out years (--train-to+1..--to).",
                "Writes params.yaml (for run/backtest --params), scores.csv, evaluations.csv and report.md."})
final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    HistoryOptions history;

    @Option(names = "--theory", required = true, paramLabel = "NAME", description = "The theory to fit.",
            completionCandidates = RunCommand.TheoryNames.class)
    String theory;

    @Option(names = "--param", paramLabel = "PATH",
            description = "A parameter to fit, by its path under 'parameters' (e.g. balanceOfThreat.threatHalf); repeat."
                    + " Default: every number of the theory's own group, and ties.alignment.")
    List<String> params = new ArrayList<>();

    @Option(names = "--train-to", required = true, paramLabel = "YEAR", description = "Last training year.")
    int trainTo;

    @Option(names = "--evaluations", paramLabel = "N", defaultValue = "60",
            description = "Evaluation budget, the defaults included (default: ${DEFAULT-VALUE}).")
    int evaluations;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "2",
            description = "Seeded chains averaged per evaluation; they run in parallel (default: ${DEFAULT-VALUE}).")
    int replications;

    @Mixin
    RunnerOptions runner;

    @Option(names = "--cluster", paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Evaluate each generation's candidates on the workers of a Hazelcast cluster (alliance-sim"
                    + " worker); the same files as locally. Every worker must have --data and --alliances at the same"
                    + " paths. See docs/cluster.md.")
    String cluster;

    @Option(names = "--cluster-name", paramLabel = "LABEL",
            description = "With --cluster: the label the workers were started with (--cluster-name), if any.")
    String clusterName;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "With --cluster: the workers' shared secret (worker --secret-file), which makes this calibration's token.")
    Path secretFile;

    @Spec
    CommandSpec spec;

    /** The perception noise the chains draw (the --params file's, else the default), for the report. */
    private PerceptionParams.Generator perceptionGenerator = PerceptionParams.DEFAULTS.generator();

    @Override
    public Integer call() throws Exception {
        history.check();
        RunCommand.checkTheories(List.of(theory));
        history.checkTrainTo(trainTo);
        List<String> members = cluster == null ? null : ClusterRun.addresses(cluster);
        if (cluster == null && (secretFile != null || clusterName != null)) {
            throw new InputException((secretFile != null ? "--secret-file" : "--cluster-name") + " is for --cluster calibrations");
        }
        byte[] secret = cluster == null ? null : ClusterRun.secret(secretFile);
        List<ParameterPaths.Bounded> fitted = new ArrayList<>();
        try {
            if (params.isEmpty()) {
                fitted.addAll(ParameterPaths.defaults(theory));
            } else {
                for (String p : params) {
                    fitted.add(ParameterPaths.of(p));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new InputException("--param " + e.getMessage());
        }
        var base = history.parameters();
        perceptionGenerator = base.apply(Parameters.DEFAULTS).perception().generator();
        HistoryOptions.Opened opened = history.open();
        AllianceTable table = opened.table();
        YearWorldSource source = opened.source();
        Calibration.Spec cs;
        try {
            cs = new Calibration.Spec(theory, fitted, history.from, trainTo, history.stepsPerYear, base, evaluations,
                    replications, history.seed, runner.threads());
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        long started = System.nanoTime();
        Calibration.Result r;
        try (Progress bar = new Progress("evaluations", evaluations, runner.quiet)) {
            var evaluators = members == null ? org.alliancesim.backtest.CandidateEvaluator.local(cs.threads())
                    : ClusterRun.calibration(members, clusterName, secret, cs, history.data, history.alliances,
                    history.params, bar, spec.commandLine().getErr());
            r = Calibration.run(source, table, cs, history.to, history.bootstrap, new Calibration.Listener() {
                @Override
                public void fitted(Calibration.Fit fit) {
                    o.printf(Locale.ROOT, "Fitted %s on %d-%d in %d evaluations: objective %.4f (defaults %.4f)%n", theory,
                            history.from, trainTo, fit.history().size(), fit.objective(), fit.defaultObjective());
                    fit.values().forEach((k, v) -> o.printf(Locale.ROOT, "  %s = %s%n", k, Num.format(v)));
                    o.flush();
                }

                @Override
                public void evaluated(Calibration.Evaluation e) {
                    bar.stepTo(e.number());
                }
            }, evaluators);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String command = "alliance-sim " + String.join(" ", withoutCluster(spec.commandLine().getParseResult().originalArgs()));
        try (OutputFolder folder = OutputFolder.create(history.out, history.force)) {
            Files.writeString(folder.file("params.yaml"), ParamsFile.text(r.fit().values(), List.of(
                    "Fitted by: " + command,
                    String.format(Locale.ROOT, "Training objective -(AUC + F1)/2, any obligation, %d-%d: %s (defaults %s)",
                            history.from, trainTo, Num.format(r.fit().objective()), Num.format(r.fit().defaultObjective())),
                    "Use with: alliance-sim backtest ... --params params.yaml, or run SCENARIO --params params.yaml")),
                    StandardCharsets.UTF_8);
            BacktestOutputs.scores(r.scores().scores(), folder);
            evaluations(r.fit(), folder.file("evaluations.csv"));
            Files.writeString(folder.file("report.md"), report(r, command), StandardCharsets.UTF_8);
            folder.commit();
        } catch (java.io.IOException e) {
            throw OutputFolder.writeError(history.out, e);
        }
        o.println(sideBySide(r));
        o.printf(Locale.ROOT, "Results: %s (%.1f s)%n", history.out, seconds);
        o.flush();
        return 0;
    }

    /**
     * The command as the outputs record it: without {@code --cluster}, {@code --cluster-name} and
     * {@code --secret-file}, which change where the candidates run, not what the fit is (so a
     * cluster calibration's files equal a local one's byte for byte).
     */
    static List<String> withoutCluster(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (name.equals("--cluster") || name.equals("--cluster-name") || name.equals("--secret-file")) {
                if (!a.contains("=")) {
                    i++; // its value
                }
                continue;
            }
            out.add(a);
        }
        return out;
    }

    private static void evaluations(Calibration.Fit fit, Path file) throws java.io.IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> names = List.copyOf(fit.history().get(0).values().keySet());
            w.write("evaluation," + String.join(",", names) + ",objective\n");
            for (Calibration.Evaluation e : fit.history()) {
                StringBuilder sb = new StringBuilder(Integer.toString(e.number()));
                names.forEach(n -> sb.append(',').append(Num.format(e.values().get(n))));
                w.write(sb.append(',').append(Num.format(e.objective())).append('\n').toString());
            }
        }
    }

    static final List<String> MEASURES = List.of("any.in-force.f1", "any.auc", "any.brier", "any.formation.f1",
            "any.termination.f1", "defence.in-force.f1", "defence.auc");

    /** Training and held-out scores of defaults and fit, as a Markdown table. */
    String sideBySide(Calibration.Result r) {
        var spans = r.scores().spans();
        String train = spans.stream().filter(s -> s.kind().equals("train")).map(s -> s.label()).findFirst()
                .orElse(spans.get(0).label());
        String test = spans.stream().filter(s -> s.kind().equals("test")).map(s -> s.label()).findFirst().orElse(null);
        Map<String, Score> byKey = new java.util.HashMap<>();
        for (Score s : r.scores().scores()) {
            byKey.put(s.theory() + "|" + s.span() + "|" + s.measure(), s);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("| measure | training ").append(train).append(", default | training, fitted |");
        if (test != null) {
            sb.append(" held out ").append(test).append(", default | held out, fitted |");
        }
        sb.append("\n|---|---|---|").append(test != null ? "---|---|" : "").append('\n');
        for (String m : MEASURES) {
            sb.append("| ").append(m).append(" | ").append(cell(byKey, theory + ":default", train, m)).append(" | ")
                    .append(cell(byKey, theory + ":fitted", train, m)).append(" |");
            if (test != null) {
                sb.append(' ').append(cell(byKey, theory + ":default", test, m)).append(" | ")
                        .append(cell(byKey, theory + ":fitted", test, m)).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String cell(Map<String, Score> byKey, String who, String span, String m) {
        Score s = byKey.get(who + "|" + span + "|" + m);
        if (s == null || Double.isNaN(s.value())) {
            return "n/a";
        }
        String v = String.format(Locale.ROOT, "%.3f", s.value());
        return Double.isNaN(s.lower()) ? v : v + String.format(Locale.ROOT, " [%.3f, %.3f]", s.lower(), s.upper());
    }

    private String report(Calibration.Result r, String command) {
        StringBuilder sb = new StringBuilder("# Calibration of ").append(theory).append("\n\n`").append(command)
                .append("`\n\n## Protocol\n\n");
        sb.append("- Fitted on ").append(history.from).append('-').append(trainTo).append(" only: the fit receives a")
                .append(" world source and an ATOP table that refuse every later year; held-out years are read after")
                .append(" the fit, to score it.\n");
        sb.append("- CMA-ES (Commons Math CMAESOptimizer, seed ").append(history.seed).append("), bounded by each")
                .append(" parameter's declared range, budget ").append(evaluations).append(" evaluations (")
                .append(r.fit().history().size()).append(" used, the defaults first). Objective to minimise:")
                .append(" -(AUC + F1)/2, ROC AUC of the commitment and F1 of ties in force, any ATOP obligation,")
                .append(" averaged over ").append(replications).append(" seeded chains (")
                .append(PerceptionNoise.words(perceptionGenerator)).append(").\n");
        sb.append("- Training objective: defaults ").append(Num.format(r.fit().defaultObjective())).append(", fitted ")
                .append(Num.format(r.fit().objective())).append(".\n\n## Fitted parameters\n\n| parameter | fitted |\n|---|---|\n");
        r.fit().values().forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(Num.format(v)).append(" |\n"));
        sb.append("\n## Scores, defaults and fit side by side\n\n").append(sideBySide(r));
        sb.append("\n95% intervals: bootstrap over years. Baselines and every span are in `scores.csv`;")
                .append(" every evaluation in `evaluations.csv`.\n");
        return sb.toString();
    }
}
