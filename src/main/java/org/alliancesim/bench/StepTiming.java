package org.alliancesim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.alliancesim.model.AllianceModel;

/**
 * Times one step of the engine and one step of the {@link BareLoop} on the same random world,
 * side by side: each round times a block of engine steps, then a block of bare steps, so both see
 * the same machine load. Both first run {@link #BURN_IN} steps untimed, and the first timed round
 * of each is a warm-up and is discarded.
 */
public final class StepTiming {
    /** Aim for blocks of about this many nanoseconds, so the clock's resolution does not matter. */
    static final long BLOCK_NANOS = 40_000_000L;
    /**
     * Steps run before timing: ties form in the first steps and fall (costing cause attribution)
     * only later, so early steps would flatter the engine.
     */
    public static final int BURN_IN = 30;

    private StepTiming() {
    }

    /**
     * Engine and bare-loop nanoseconds per step.
     *
     * @param engine nanoseconds per engine step, one sample per round
     * @param bare nanoseconds per bare-loop step, one sample per round
     * @param engineCpu CPU nanoseconds of the timing thread per engine step (insensitive to other
     *     jobs on the machine, but blind to the garbage collector's threads)
     * @param bareCpu CPU nanoseconds per bare-loop step
     * @param stepsPerBlock steps timed in each block
     */
    public record Result(int n, Samples engine, Samples bare, Samples engineCpu, Samples bareCpu, int stepsPerBlock) {

        public long dyads() {
            return (long) n * (n - 1);
        }

        public Samples engineNsPerDyad() {
            return engine.times(1.0 / dyads());
        }

        public Samples bareNsPerDyad() {
            return bare.times(1.0 / dyads());
        }

        /** Engine over bare loop, from the medians. */
        public double ratio() {
            return engine.median() / bare.median();
        }

        /** Engine over bare loop, from the medians of CPU time. */
        public double cpuRatio() {
            return engineCpu.median() / bareCpu.median();
        }
    }

    /**
     * Measures a random world of n states.
     *
     * @param rounds timed rounds after the warm-up round
     * @param attributeCauses whether the engine attributes a cause to every fall (its default)
     */
    public static Result measure(int n, long seed, int rounds, boolean attributeCauses) {
        RandomWorld world = RandomWorld.generate(n, seed, RandomWorld.DEFAULT_NOISE);
        int block = (int) Math.max(1, Math.min(20_000, BLOCK_NANOS / (60L * n * n)));
        int total = BURN_IN + block * (rounds + 1);
        AllianceModel model = new AllianceModel(world.toScenario(total), null, seed);
        model.setAttributeCauses(attributeCauses);
        model.start();
        BareLoop bare = new BareLoop(world, seed);
        for (int s = 0; s < BURN_IN; s++) {
            model.schedule.step(model);
            bare.step();
        }
        double[] e = new double[rounds];
        double[] b = new double[rounds];
        double[] ec = new double[rounds];
        double[] bc = new double[rounds];
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int r = -1; r < rounds; r++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int s = 0; s < block; s++) {
                model.schedule.step(model);
            }
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            for (int s = 0; s < block; s++) {
                bare.step();
            }
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            if (r >= 0) {
                e[r] = (t1 - t0) / (double) block;
                b[r] = (t2 - t1) / (double) block;
                ec[r] = (c1 - c0) / (double) block;
                bc[r] = (c2 - c1) / (double) block;
            }
        }
        return new Result(n, new Samples(e), new Samples(b), new Samples(ec), new Samples(bc), block);
    }
}
