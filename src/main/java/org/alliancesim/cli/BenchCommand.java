package org.alliancesim.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.alliancesim.Version;
import org.alliancesim.bench.BenchSuite;
import org.alliancesim.bench.WholeProcess;
import org.alliancesim.bench.WholeProcessSuite;
import org.alliancesim.decision.Theories;
import org.alliancesim.output.Json;
import org.alliancesim.output.OutputException;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench}: how fast this machine runs the model, against the bare-loop bound. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Benchmark the model on this machine: cost per dyad-step of the engine and of the bare-loop "
                + "bound for random worlds of 3 to 1000 states, the scaling exponent, replications per second of a "
                + "scenario (summary output only), a 190-state world under each record mode, and the peak heap.",
                "Timings are medians of repeated rounds; other jobs on the machine make them noisy."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario for the replications test (default: ${DEFAULT-VALUE}).",
            defaultValue = "scenarios/iran-russia.yaml")
    Path scenarioFile;

    @Option(names = "--quick", description = "Fewer rounds (under two minutes on 2 cores).")
    boolean quick;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to FILE as JSON.")
    Path json;

    @Option(names = "--threads", paramLabel = "K", description = "Threads of the replications test (default: all cores).")
    Integer threads;

    @Option(names = "--sizes", paramLabel = "N", split = ",",
            description = "Numbers of states of the random worlds (default: 3,10,50,200,1000).")
    List<Integer> sizes;

    @Option(names = "--large", paramLabel = "N", defaultValue = "190",
            description = "States of the whole-world run (default: ${DEFAULT-VALUE}, about every state of a year).")
    int large;

    @Option(names = "--reps", paramLabel = "R",
            description = "Replications of each theory per round of the throughput test (default: 300 with --quick, else 1000).")
    Integer reps;

    @Option(names = "--whole", description = {"Instead: the whole-process figures (SCENARIO as the world, six theories,",
            "--record none and ties; --sweep on 1 and 2 threads; the bound at N=200,1000; the largest proven landscape)."})
    boolean whole;

    @Option(names = "--sweep", paramLabel = "FILE", defaultValue = "scenarios/sweeps/iran-detente-lhs-4000.yaml",
            description = "With --whole: sweep file of the two-thread speed-up (default: ${DEFAULT-VALUE}).")
    Path sweep;

    @Option(names = "--runs", paramLabel = "K", defaultValue = "3",
            description = "With --whole: counted runs of each process, after one warm-up (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--steps", paramLabel = "T", defaultValue = "100",
            description = "With --whole: steps of the world's runs (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--landscape-budget", paramLabel = "S", defaultValue = "60",
            description = "With --whole: CPU seconds a landscape search may take for its N to count (default: ${DEFAULT-VALUE}).")
    double landscapeBudget;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        int k = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (k < 1) {
            throw new InputException("--threads must be at least 1, got " + k);
        }
        BenchSuite.Plan plan = quick ? BenchSuite.Plan.quick(k) : BenchSuite.Plan.full(k);
        if (sizes != null && sizes.stream().anyMatch(n -> n < 2 || n > 5000)) {
            throw new InputException("--sizes must each be between 2 and 5000, got " + sizes);
        }
        if (large < 2 || large > 5000) {
            throw new InputException("--large must be between 2 and 5000, got " + large);
        }
        if (reps != null && reps < 1) {
            throw new InputException("--reps must be at least 1, got " + reps);
        }
        plan = new BenchSuite.Plan(sizes == null ? plan.sizes() : List.copyOf(sizes), plan.rounds(),
                reps == null ? plan.repsPerRound() : reps, plan.repRounds(), large, plan.steps(), plan.threads());
        if (json != null && json.getParent() != null && !Files.isDirectory(json.getParent())) {
            throw new OutputException("cannot write " + json + ": no such folder " + json.getParent());
        }
        if (whole && (runs < 1 || runs > 20 || steps < 1 || !(landscapeBudget > 0))) {
            throw new InputException("--runs must be 1 to 20, --steps at least 1 and --landscape-budget positive");
        }
        if (whole && !Files.isRegularFile(sweep)) {
            throw new InputException("--sweep " + sweep + ": no such file");
        }
        PrintWriter o = spec.commandLine().getOut();
        long started = System.nanoTime();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("version", Version.get());
        report.put("quick", quick);
        report.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"), "vm", System.getProperty("java.vm.name"),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.arch")));
        java.util.function.Consumer<String> log = line -> {
            o.println(line);
            o.flush();
        };
        if (whole) {
            Path scratch = Files.createTempDirectory("alliance-sim-bench");
            try {
                report.put("whole_process", new WholeProcessSuite(scenarioFile, sweep, runs, steps, landscapeBudget)
                        .run(scratch, log));
            } finally {
                WholeProcess.delete(scratch);
            }
        } else {
            report.putAll(BenchSuite.run(plan, scenario, Theories.DEFAULTS, log));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report.put("seconds", Math.round(seconds * 10) / 10.0);
        o.printf(Locale.ROOT, "bench finished in %.1f s%n", seconds);
        if (json != null) {
            try {
                Files.writeString(json, Json.write(report), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new OutputException("cannot write " + json + ": " + e.getMessage());
            }
            o.println("JSON:    " + json);
        }
        o.flush();
        return 0;
    }
}
