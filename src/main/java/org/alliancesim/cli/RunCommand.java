package org.alliancesim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.alliancesim.decision.Theories;
import org.alliancesim.experiment.RecordMode;
import org.alliancesim.experiment.Replication;
import org.alliancesim.experiment.ReplicationRunner;
import org.alliancesim.experiment.RunRequest;
import org.alliancesim.output.OutputFolder;
import org.alliancesim.output.OutputLock;
import org.alliancesim.output.Plural;
import org.alliancesim.output.RunAggregate;
import org.alliancesim.output.RunOutputs;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioTemplate;
import org.alliancesim.world.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code run}: seeded replications of one scenario under one or more theories. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a scenario under one or more theories and write CSV, a chart and a manifest.",
                "The focal states (named in the scenario) take each --theory in turn; the others keep their own."})
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (default: ${DEFAULT-VALUE}).", defaultValue = "scenarios/iran-russia.yaml")
    Path scenarioFile;

    @Option(names = "--theory", paramLabel = "NAME",
            description = "Decision module for the focal states; repeat to compare. One of: ${COMPLETION-CANDIDATES}. "
                    + "Default: balance-of-threat, schweller-bandwagoning, walt-bandwagoning, balance-of-power, "
                    + "interdependence, identity.",
            completionCandidates = TheoryNames.class)
    List<String> theories = new ArrayList<>();

    @Option(names = "--reps", paramLabel = "N", defaultValue = "20", description = "Replications per theory (default: ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed; replication seeds derive from it (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--steps", paramLabel = "T", description = "Steps per run (default: the scenario's time.steps).")
    Integer steps;

    @Option(names = "--params", paramLabel = "FILE",
            description = "YAML file with a 'parameters:' block applied over the scenario's own (e.g. from calibrate).")
    Path params;

    @Mixin
    RunnerOptions runner;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: a new folder results/<scenario>/run-NNN).")
    Path out;

    @Option(names = "--force", description = "Replace an existing non-empty --out.")
    boolean force;

    @Option(names = "--large-output", description = "Go on when the results would take more than 1 GB (a run that"
            + " would is refused, with its estimated size, unless this is given).")
    boolean largeOutput;

    @Option(names = "--record", paramLabel = "MODE", defaultValue = "all",
            description = "Pairs written to series.csv: all, focal, ties (pairs tied at that step), none, or factors"
                    + " (the focal pairs, and every factor of both sides' desires in factors.csv) (default: ${DEFAULT-VALUE}).")
    RecordMode record;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ScenarioTemplate inputs = runner.scoped(ScenarioTemplate.load(scenarioFile));
        Scenario scenario = inputs.median(java.util.Map.of());
        if (params != null) {
            if (inputs.isUncertain()) {
                throw new InputException("--params cannot be combined yet with a scenario that draws uncertain inputs ("
                        + scenarioFile + ")");
            }
            scenario = scenario.withParameters(org.alliancesim.backtest.ParamsFile.load(params).apply(scenario.parameters()));
            inputs = null;
        }
        if (inputs != null && !inputs.isUncertain()) {
            // every run takes the one scenario: the file's node tree (about 40 MB for a world of 194
            // states) is let go before the runs instead of outliving them
            inputs = null;
        }
        List<String> chosen = checkTheories(theories.isEmpty() ? Theories.DEFAULTS : theories);
        Limits.checkReps(reps, chosen.size());
        int t = steps == null ? scenario.time().steps() : steps;
        Limits.checkSteps(t);
        long late = scenario.events().stream().filter(e -> e.rampStart() >= t).count();
        if (late > 0) {
            spec.commandLine().getErr().printf(Locale.ROOT, late == 1
                    ? "warning: --steps %d ends the run before %d of the scenario's events starts; it will not happen%n"
                    : "warning: --steps %d ends the run before %d of the scenario's events start; they will not happen%n",
                    t, late);
        }
        if (scenario.focal().isEmpty()) {
            throw new InputException(scenarioFile + ": the scenario names no focal state, so --theory has nothing to replace; add 'focal: [ID]'");
        }
        int k = runner.threads();
        RunRequest req = new RunRequest(scenario, chosen, reps, seed, t, k, record);
        long bytes = Limits.checkRun(req, out != null ? out : Path.of("results"), largeOutput);
        if (bytes > Limits.MAX_OUTPUT_BYTES) {
            spec.commandLine().getErr().printf(Locale.ROOT, "note: writing about %s of results (--large-output)%n",
                    Limits.size(bytes));
        }
        ForceGuard.check(out, force, List.of(scenarioFile));
        Path target = out;
        long started = System.nanoTime();
        RunAggregate agg;
        try (OutputLock lock = out == null ? null : OutputLock.acquire(out);
             OutputFolder folder = out == null ? OutputFolder.createNext(Path.of("results", scenario.name()))
                     : OutputFolder.create(out, force)) {
            target = out != null ? out : Path.of("results", scenario.name()).resolve(folder.target().getFileName());
            try (RunOutputs outputs = new RunOutputs(folder, req); Progress bar = new Progress("runs", req.runs(), runner.quiet)) {
                ReplicationRunner.run(req, inputs, outputs.series(), outputs::accept, bar::stepTo);
                outputs.finish(commandLine());
                agg = outputs.aggregate();
            }
            folder.commit();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // disk full, permission denied, a file vanishing: exit 3 with the reason; the temporary
            // folder has been removed by OutputFolder.close, so --out is untouched
            throw OutputFolder.writeError(target == null ? Path.of("results", scenario.name()) : target,
                    e instanceof java.io.UncheckedIOException u ? u.getCause() : (java.io.IOException) e);
        }
        printTable(agg, spec.commandLine().getOut());
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%nResults: %s (%.1f s)%n", target, (System.nanoTime() - started) / 1e9);
        o.println("Chart:   " + target.resolve("stability.png"));
        o.flush();
        return 0;
    }

    /** Checks the --theory names: each known, none twice (a theory named twice would be run and counted twice). */
    static List<String> checkTheories(List<String> names) throws InputException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String n : names) {
            if (Theories.byName(n) == null) {
                throw new InputException("unknown theory '" + n + "'; choose from " + String.join(", ", Theories.names()));
            }
            if (!seen.add(n)) {
                throw new InputException("--theory " + n + " is given twice; name each theory once");
            }
        }
        return List.copyOf(names);
    }

    private String commandLine() {
        return "alliance-sim " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    /** How each focal tie ended: the modal final level and its share, per theory. */
    static void printTable(RunAggregate agg, PrintWriter o) {
        var s = agg.scenario();
        o.printf(Locale.ROOT, "How the focal ties stand at %s (%s per theory)%n",
                s.time().label(agg.steps() - 1), Plural.of(agg.replications(agg.theories().get(0)), "replication"));
        List<Replication.FocalPair> shown = agg.mostCommittedPairs(TABLE_COLUMNS).stream().map(agg.focalPairs()::get).toList();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-26s", "theory"));
        for (var p : shown) {
            head.append(String.format(Locale.ROOT, "  %-18s", p.label(s)));
        }
        o.println(head);
        for (String theory : agg.theories()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-26s", theory));
            for (var p : shown) {
                Level mode = agg.modalFinalLevel(theory, p.state(), p.partner());
                int[] c = agg.finalLevelCounts(theory, p.state(), p.partner());
                row.append(String.format(Locale.ROOT, "  %-18s", mode.label() + " "
                        + Math.round(100.0 * c[mode.ordinal()] / agg.replications(theory)) + "%"));
            }
            o.println(row);
        }
        if (shown.size() < agg.focalPairs().size()) {
            o.printf(Locale.ROOT, "(the %d most committed of %d focal ties; all are in summary.csv)%n", shown.size(),
                    agg.focalPairs().size());
        }
    }

    /** At most this many ties in the printed table. */
    static final int TABLE_COLUMNS = 5;

    /** Completion candidates for --theory. */
    static final class TheoryNames extends ArrayList<String> {
        TheoryNames() {
            super(Theories.names());
        }
    }
}
