package org.alliancesim.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.alliancesim.experiment.Replication;
import org.alliancesim.experiment.Seeds;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole replication of the default scenario (100 steps, no series recording), the scenario
 * parsed once. Throughput per thread; run with {@code -t 2} to use both cores. Run from the
 * repository root, or set {@code -p scenario=PATH}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReplicationBenchmark {

    @Param({"scenarios/iran-russia.yaml"})
    public String scenario;

    @Param({"balance-of-threat", "schweller-bandwagoning"})
    public String theory;

    private Scenario loaded;

    @Setup
    public void setUp() throws Exception {
        loaded = ScenarioLoader.load(Path.of(scenario));
    }

    @Benchmark
    public Replication.Result replication(Counter c) {
        int rep = c.next++;
        return Replication.run(loaded, theory, rep, Seeds.replication(1, rep), 100, List.of());
    }

    /** Each thread's replication counter (distinct seeds, as in a real run). */
    @State(Scope.Thread)
    public static class Counter {
        int next;
    }
}
