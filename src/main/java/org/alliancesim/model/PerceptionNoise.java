package org.alliancesim.model;

import ec.util.MersenneTwisterFast;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.alliancesim.param.Labels;
import org.alliancesim.world.PerceptionParams.Generator;

/**
 * The random source of perception noise, the model's only random numbers: standard normal draws
 * that {@link Perception} scales by {@code parameters.perception.noise}. The scenario parameter
 * {@code parameters.perception.generator} ({@link Generator}) chooses one of two streams:
 * <ul>
 *   <li>{@code xoroshiro128plusplus}, the default (noise stream {@value #XOROSHIRO_STREAM}): the
 *       JDK's {@code Xoroshiro128PlusPlus} ({@code java.util.random}, Java 17), Blackman and Vigna's
 *       xoroshiro128++ (Blackman, D. and Vigna, S. 2021, "Scrambled linear pseudorandom number
 *       generators", ACM Transactions on Mathematical Software 47(4): 36), a 128-bit state with
 *       period 2^128 - 1 that passes the BigCrush and PractRand batteries (ibid.); normal draws are the JDK's
 *       modified ziggurat ({@code RandomGenerator.nextGaussian}: McFarland, C. D. 2016, "A modified
 *       ziggurat algorithm for generating exponentially and normally distributed pseudorandom
 *       numbers", Journal of Statistical Computation and Simulation 86(7): 1281-1294), exact in
 *       distribution with about one 64-bit draw per normal (drawn by {@link XoroshiroNormals}, which
 *       gives the JDK's numbers bit for bit at about half the CPU, when it checks that it does on
 *       the JDK at hand). Chosen for speed (about a fifth of the
 *       CPU of the Mersenne Twister's polar method on this model's 22.5 million draws of a
 *       100-step run of the 2010 world) at equal or better statistical quality; the JDK's LXM
 *       generators (Steele, G. L. and Vigna, S. 2021, "LXM: better splittable pseudorandom number
 *       generators (and almost as fast)", Proc. ACM Program. Lang. 5, OOPSLA: 148) were measured
 *       about 20% slower, and this model needs one sequential stream per run, not splitting.
 *       Seeded with the run's seed by {@code RandomGeneratorFactory.of("Xoroshiro128PlusPlus")
 *       .create(seed)} (the JDK mixes the 64-bit seed into the 128-bit state with Stafford's
 *       variant 13 of MurmurHash3's finaliser); the stream is the JDK's and the manifest records the
 *       Java version; {@code PerceptionNoiseTest} pins its first draws.</li>
 *   <li>{@code mersenne-twister} (noise stream {@value #MERSENNE_STREAM}): MASON's
 *       {@code MersenneTwisterFast} (Matsumoto and Nishimura 1998) with the polar Box-Muller method,
 *       the SimState's own generator seeded with the run's seed, which MASON's schedule also draws
 *       from to shuffle agents (whose order never changes a number). Every version before the
 *       generator could be chosen drew this way: a result made by one replays exactly with this
 *       generator and the same seed.</li>
 * </ul>
 * Seeds from earlier versions therefore give different draws under the default. Under either, the
 * run's seed is the replication's ({@code experiment.Seeds}: a pure function of the command's seed
 * and the replication, the sweep point or the backtest year, whatever the thread count or the
 * order replications run in), and the draws are taken in a fixed order each step: perceiver, then
 * perceived, one per ordered pair of states.
 */
public abstract sealed class PerceptionNoise {
    /** The noise stream of {@code xoroshiro128plusplus}, as manifests record it. */
    public static final int XOROSHIRO_STREAM = 2;
    /** The noise stream of {@code mersenne-twister}, as manifests record it. */
    public static final int MERSENNE_STREAM = 1;

    private PerceptionNoise() {
    }

    /**
     * The source a run draws from.
     *
     * @param generator the scenario's choice
     * @param seed the run's seed
     * @param mason the SimState's generator, seeded with the same seed (used by {@code mersenne-twister})
     */
    static PerceptionNoise of(Generator generator, long seed, MersenneTwisterFast mason) {
        return generator == Generator.MERSENNE_TWISTER ? new Mersenne(mason) : new Xoroshiro(seed);
    }

    /**
     * A fresh source of its own (for benchmarks that mirror the engine without a SimState): under
     * {@code mersenne-twister} a new {@code MersenneTwisterFast(seed)}, as a SimState's.
     */
    public static PerceptionNoise create(Generator generator, long seed) {
        return of(generator, seed, generator == Generator.MERSENNE_TWISTER ? new MersenneTwisterFast(seed) : null);
    }

    /** The next standard normal draw. */
    public abstract double nextGaussian();

    /**
     * The next {@code count} standard normal draws into {@code into}, in order: the draws {@code
     * count} calls of {@link #nextGaussian} would give (a loop of its own, with no other work
     * between the calls, which the JIT compiles to less than calls inside a longer loop).
     */
    public abstract void nextGaussians(double[] into, int count);

    /** The noise stream a generator draws (what manifests record as {@code stream}). */
    public static int stream(Generator generator) {
        return generator == Generator.MERSENNE_TWISTER ? MERSENNE_STREAM : XOROSHIRO_STREAM;
    }

    /**
     * What a manifest records of a generator: its name, its noise stream and the normal method,
     * e.g. {@code {generator: xoroshiro128plusplus, stream: 2, gaussian: modified ziggurat (JDK)}}.
     */
    public static Map<String, Object> describe(Generator generator) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generator", Labels.label(generator));
        m.put("stream", stream(generator));
        m.put("gaussian", generator == Generator.MERSENNE_TWISTER ? "polar Box-Muller (MASON MersenneTwisterFast)"
                : "modified ziggurat (JDK " + Runtime.version().feature() + " RandomGenerator.nextGaussian)");
        return m;
    }

    /** The same in words, for reports: e.g. {@code perception noise from xoroshiro128plusplus, noise stream 2}. */
    public static String words(Generator generator) {
        return "perception noise from " + Labels.label(generator) + ", noise stream " + stream(generator);
    }

    /**
     * The JDK's stream, drawn by {@link XoroshiroNormals} (the same numbers, faster) when it draws
     * as the JDK at hand does, else by the JDK's generator.
     */
    private static final class Xoroshiro extends PerceptionNoise {
        private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of("Xoroshiro128PlusPlus");
        private final RandomGenerator random;
        private final XoroshiroNormals fast;

        Xoroshiro(long seed) {
            fast = XoroshiroNormals.available() ? new XoroshiroNormals(seed) : null;
            random = fast != null ? fast : FACTORY.create(seed);
        }

        @Override
        public double nextGaussian() {
            return random.nextGaussian();
        }

        @Override
        public void nextGaussians(double[] into, int count) {
            if (fast != null) {
                fast.nextGaussians(into, count);
                return;
            }
            RandomGenerator r = random;
            for (int k = 0; k < count; k++) {
                into[k] = r.nextGaussian();
            }
        }
    }

    private static final class Mersenne extends PerceptionNoise {
        private final MersenneTwisterFast random;

        Mersenne(MersenneTwisterFast random) {
            this.random = random;
        }

        @Override
        public double nextGaussian() {
            return random.nextGaussian();
        }

        @Override
        public void nextGaussians(double[] into, int count) {
            MersenneTwisterFast r = random;
            for (int k = 0; k < count; k++) {
                into[k] = r.nextGaussian();
            }
        }
    }
}
