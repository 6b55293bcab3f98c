package org.alliancesim.bench;

import java.util.concurrent.TimeUnit;
import org.alliancesim.model.AllianceModel;
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
 * One model step of a seeded random world of N states (default parameters, perception noise on,
 * cause attribution on as in a normal run), and one step of the bare-loop bound on the same
 * world. Divide by N(N-1) for the time per dyad-step.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StepBenchmark {

    @Param({"3", "10", "50", "200", "1000"})
    public int n;

    @Param({"true"})
    public boolean attributeCauses;

    private AllianceModel model;
    private BareLoop bare;

    @Setup
    public void setUp() {
        RandomWorld world = RandomWorld.generate(n, 42, RandomWorld.DEFAULT_NOISE);
        model = new AllianceModel(world.toScenario(100), null, 42);
        model.setAttributeCauses(attributeCauses);
        model.start();
        bare = new BareLoop(world, 42);
    }

    @Benchmark
    public double engineStep() {
        model.schedule.step(model);
        return model.ties().commitment(0, 1);
    }

    @Benchmark
    public double bareStep() {
        bare.step();
        return bare.commitment(0, 1);
    }
}
