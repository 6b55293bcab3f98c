package org.alliancesim.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.experiment.RecordMode;
import org.alliancesim.scenario.Scenario;

/**
 * The user-facing benchmark behind {@code alliance-sim bench}: per-step cost of the engine and of
 * the bare loop side by side for each N, the scaling exponent, whole replications per second of
 * a scenario, a whole-world run under each record mode, and the peak heap. Returns a map ready
 * for {@link org.alliancesim.output.Json}.
 */
public final class BenchSuite {
    /** Seed of the random worlds: fixed, so every run times the same worlds. */
    static final long SEED = 20260101L;

    /**
     * How much to measure.
     *
     * @param sizes the N of the random worlds
     * @param rounds timed rounds per N (medians are taken over them)
     * @param repsPerRound replications of each theory per round of the throughput test
     * @param repRounds timed rounds of the throughput test
     * @param largeN states of the whole-world run
     * @param steps steps of each replication and of the whole-world run
     * @param threads worker threads of the throughput test
     */
    public record Plan(List<Integer> sizes, int rounds, int repsPerRound, int repRounds, int largeN, int steps,
                       int threads) {

        public static Plan quick(int threads) {
            return new Plan(List.of(3, 10, 50, 200, 1000), 5, 300, 3, 190, 100, threads);
        }

        public static Plan full(int threads) {
            return new Plan(List.of(3, 10, 50, 200, 1000), 11, 1000, 7, 190, 100, threads);
        }
    }

    private BenchSuite() {
    }

    /** Runs the plan; {@code log} receives a line as each part finishes. */
    public static Map<String, Object> run(Plan plan, Scenario scenario, List<String> theories,
                                          java.util.function.Consumer<String> log) throws Exception {
        PeakHeap.reset();
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> engine = new LinkedHashMap<>();
        Map<String, Object> bare = new LinkedHashMap<>();
        Map<String, Object> ratio = new LinkedHashMap<>();
        Map<String, Object> spread = new LinkedHashMap<>();
        Map<String, Object> noCauses = new LinkedHashMap<>();
        Map<String, Object> cpuEngine = new LinkedHashMap<>();
        Map<String, Object> cpuBare = new LinkedHashMap<>();
        Map<String, Object> cpuRatio = new LinkedHashMap<>();
        Map<Integer, double[]> perStep = new LinkedHashMap<>();
        StepTiming.measure(50, SEED, 3, true);
        for (int n : plan.sizes()) {
            StepTiming.Result r = StepTiming.measure(n, SEED, plan.rounds(), true);
            StepTiming.Result off = StepTiming.measure(n, SEED, plan.rounds(), false);
            String key = Integer.toString(n);
            engine.put(key, round(r.engineNsPerDyad().median()));
            bare.put(key, round(r.bareNsPerDyad().median()));
            ratio.put(key, round(r.ratio()));
            noCauses.put(key, round(off.engineNsPerDyad().median()));
            cpuEngine.put(key, round(r.engineCpu().median() / r.dyads()));
            cpuBare.put(key, round(r.bareCpu().median() / r.dyads()));
            cpuRatio.put(key, round(r.cpuRatio()));
            spread.put(key, Map.of("engine", List.of(round(r.engineNsPerDyad().min()), round(r.engineNsPerDyad().max())),
                    "bare", List.of(round(r.bareNsPerDyad().min()), round(r.bareNsPerDyad().max()))));
            perStep.put(n, new double[] {r.engine().median(), r.bare().median(), off.engine().median(),
                r.engineCpu().median(), r.bareCpu().median()});
            log.accept(String.format(java.util.Locale.ROOT,
                    "N=%-5d engine %8.1f ns/dyad-step [%.1f..%.1f]  bare %6.1f [%.1f..%.1f]  ratio %.2f  "
                            + "(CPU time: engine %.1f, bare %.1f, ratio %.2f; engine without cause attribution %.1f)",
                    n, r.engineNsPerDyad().median(), r.engineNsPerDyad().min(), r.engineNsPerDyad().max(),
                    r.bareNsPerDyad().median(), r.bareNsPerDyad().min(), r.bareNsPerDyad().max(), r.ratio(),
                    r.engineCpu().median() / r.dyads(), r.bareCpu().median() / r.dyads(), r.cpuRatio(),
                    off.engineNsPerDyad().median()));
        }
        out.put("ns_per_dyad_step", engine);
        out.put("bare_ns_per_dyad_step", bare);
        out.put("engine_over_bare", ratio);
        out.put("cpu_ns_per_dyad_step", cpuEngine);
        out.put("bare_cpu_ns_per_dyad_step", cpuBare);
        out.put("engine_over_bare_cpu", cpuRatio);
        out.put("ns_per_dyad_step_without_cause_attribution", noCauses);
        out.put("ns_per_dyad_step_range", spread);
        out.put("steps_timed_per_n", plan.rounds());
        out.put("burn_in_steps", StepTiming.BURN_IN);
        if (perStep.containsKey(50) && perStep.containsKey(1000)) {
            Map<String, Object> exp = new LinkedHashMap<>();
            exp.put("engine", round(exponent(perStep, 0)));
            exp.put("bare", round(exponent(perStep, 1)));
            exp.put("engine_without_cause_attribution", round(exponent(perStep, 2)));
            exp.put("engine_cpu", round(exponent(perStep, 3)));
            exp.put("bare_cpu", round(exponent(perStep, 4)));
            out.put("scaling_exponent_50_to_1000", exp);
            log.accept("scaling exponent of the per-step cost, N=50..1000: " + exp);
        }
        Samples reps = ReplicationThroughput.measure(scenario, theories, plan.steps(), plan.repsPerRound(),
                plan.repRounds(), plan.threads());
        out.put("replications_per_second", round(reps.median()));
        out.put("replications_per_second_range", List.of(round(reps.min()), round(reps.max())));
        out.put("replications_scenario", scenario.name());
        out.put("replications_steps", plan.steps());
        out.put("replications_threads", plan.threads());
        out.put("replications_record", "none (summary only)");
        log.accept(String.format(java.util.Locale.ROOT, "%s: %.0f replications/s [%.0f..%.0f] on %d threads, %d steps, summary only",
                scenario.name(), reps.median(), reps.min(), reps.max(), plan.threads(), plan.steps()));
        List<Object> large = new ArrayList<>();
        for (RecordMode mode : RecordMode.values()) {
            LargeWorld.Timing t = LargeWorld.measure(plan.largeN(), plan.steps(), SEED, mode);
            large.add(Map.of("record", mode, "model_seconds", round(t.modelSeconds()),
                    "write_seconds", round(t.writeSeconds()), "series_bytes", t.bytes()));
            log.accept(String.format(java.util.Locale.ROOT, "%d states x %d steps, record %s: model %.2f s, writing series.csv %.2f s (%d bytes)",
                    plan.largeN(), plan.steps(), mode.name().toLowerCase(java.util.Locale.ROOT), t.modelSeconds(),
                    t.writeSeconds(), t.bytes()));
        }
        out.put("world_" + plan.largeN() + "_states_" + plan.steps() + "_steps", large);
        long peak = PeakHeap.bytes();
        out.put("peak_heap_mb", round(peak / 1048576.0));
        out.put("max_heap_mb", round(Runtime.getRuntime().maxMemory() / 1048576.0));
        log.accept(String.format(java.util.Locale.ROOT, "peak heap %.0f MB (max %.0f MB)", peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0));
        return out;
    }

    /** Slope of log(step time) against log(N) between N=50 and N=1000. */
    private static double exponent(Map<Integer, double[]> perStep, int column) {
        return Math.log(perStep.get(1000)[column] / perStep.get(50)[column]) / Math.log(1000.0 / 50);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
