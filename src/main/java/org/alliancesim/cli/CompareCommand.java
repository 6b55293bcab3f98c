package org.alliancesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.alliancesim.decision.Theories;
import org.alliancesim.experiment.RecordMode;
import org.alliancesim.experiment.ReplicationRunner;
import org.alliancesim.experiment.RunRequest;
import org.alliancesim.output.ComparisonOutputs;
import org.alliancesim.output.OutputFolder;
import org.alliancesim.output.OutputLock;
import org.alliancesim.output.ScenarioOutcome;
import org.alliancesim.scenario.Problem;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioException;
import org.alliancesim.scenario.ScenarioTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compare}: every scenario under every theory, reduced to how often, when and why each
 * focal tie ended (the simulated counterpart of the paper's Table 4; see docs/termination.md).
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run several scenarios under several theories and tabulate how the focal ties end.",
                "Writes comparison.csv, comparison.md, a chart per scenario, overview.png and manifest.json."})
final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files, e.g. scenarios/termination/*.yaml.")
    List<Path> scenarioFiles = new ArrayList<>();

    @Option(names = "--theory", paramLabel = "NAME",
            description = "Decision module for the focal states; repeat to compare. One of: ${COMPLETION-CANDIDATES}. "
                    + "Default: balance-of-threat, schweller-bandwagoning, walt-bandwagoning, balance-of-power, "
                    + "interdependence, identity.",
            completionCandidates = RunCommand.TheoryNames.class)
    List<String> theories = new ArrayList<>();

    @Option(names = "--reps", paramLabel = "N", defaultValue = "20", description = "Replications per scenario and theory (default: ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed; replication seeds derive from it (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    RunnerOptions runner;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: a new folder results/compare/run-NNN).")
    Path out;

    @Option(names = "--force", description = "Replace an existing non-empty --out.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<Scenario, ScenarioTemplate> inputs = new java.util.IdentityHashMap<>();
        List<Scenario> scenarios = load(scenarioFiles, inputs, runner::scoped);
        List<String> chosen = RunCommand.checkTheories(theories.isEmpty() ? Theories.DEFAULTS : theories);
        Limits.checkReps(reps, chosen.size());
        int k = runner.threads();
        for (Scenario s : scenarios) {
            Limits.checkRun(new RunRequest(s, chosen, reps, seed, s.time().steps(), k, RecordMode.NONE),
                    out != null ? out : Path.of("results"));
        }
        ForceGuard.check(out, force, scenarioFiles);
        Path target = out;
        long total = (long) scenarios.size() * chosen.size() * reps;
        long started = System.nanoTime();
        List<ScenarioOutcome> outcomes;
        try (OutputLock lock = out == null ? null : OutputLock.acquire(out);
             OutputFolder folder = out == null ? OutputFolder.createNext(Path.of("results", "compare"))
                     : OutputFolder.create(out, force)) {
            target = out != null ? out : Path.of("results", "compare").resolve(folder.target().getFileName());
            ComparisonOutputs outputs = new ComparisonOutputs(folder);
            try (Progress bar = new Progress("runs", total, runner.quiet)) {
                long done = 0;
                for (Scenario s : scenarios) {
                    RunRequest req = new RunRequest(s, chosen, reps, seed, s.time().steps(), k, RecordMode.NONE);
                    outputs.begin(s, req.steps());
                    long offset = done;
                    ReplicationRunner.run(req, inputs.get(s), (r, rows, factors) -> outputs.accept(r), n -> bar.stepTo(offset + n));
                    done += req.runs();
                }
            }
            outputs.finish(chosen, reps, seed, k, commandLine());
            outcomes = outputs.outcomes();
            folder.commit();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw OutputFolder.writeError(target == null ? Path.of("results", "compare") : target,
                    e instanceof java.io.UncheckedIOException u ? u.getCause() : (java.io.IOException) e);
        }
        PrintWriter o = spec.commandLine().getOut();
        printSummary(outcomes, o);
        o.printf(Locale.ROOT, "%nResults: %s (%.1f s)%n", target, (System.nanoTime() - started) / 1e9);
        o.println("Table:   " + target.resolve("comparison.md"));
        o.println("Figure:  " + target.resolve("overview.png"));
        o.flush();
        return 0;
    }

    /** Loads every scenario first, so that bad input stops the command before any output. */
    static List<Scenario> load(List<Path> files) throws Exception {
        return load(files, new java.util.IdentityHashMap<>(), t -> t);
    }

    /**
     * As {@link #load(List)}, also keeping each scenario's template, whose uncertain inputs every
     * replication draws from its own seed (docs/uncertainty.md); the scenario returned has them at
     * their medians.
     */
    static List<Scenario> load(List<Path> files, Map<Scenario, ScenarioTemplate> inputs,
                               java.util.function.UnaryOperator<ScenarioTemplate> scope)
            throws Exception {
        List<Scenario> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                ScenarioTemplate t = scope.apply(ScenarioTemplate.load(f));
                Scenario s = t.median(Map.of());
                inputs.put(s, t);
                if (s.focal().isEmpty()) {
                    throw new InputException(f + ": the scenario names no focal state, so there is no tie to compare; add 'focal: [ID]'");
                }
                out.add(s);
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return out;
    }

    private String commandLine() {
        return "alliance-sim " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    /** The first tie that stood in each scenario, one line per scenario, theories side by side. */
    static void printSummary(List<ScenarioOutcome> outcomes, PrintWriter o) {
        for (ScenarioOutcome s : outcomes) {
            int k = s.pairsThatStood().get(0);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-36s %-8s", s.label(), s.pairLabel(k)));
            for (String t : s.theories()) {
                line.append(String.format(Locale.ROOT, "  %s: %s", t, s.verdict(t, k).text()));
            }
            o.println(line);
        }
    }
}
