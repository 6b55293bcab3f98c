package org.alliancesim.model;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The normal draws of the JDK's {@code Xoroshiro128PlusPlus} seeded with a long, bit for bit,
 * at about half their CPU under C1: the generator's state is held here, and the common case
 * of the JDK's ziggurat (McFarland 2016: one 64-bit draw, its low 8 bits a layer below 253, the
 * draw times the layer's width) is taken in a loop of this class, with no call; the rare case
 * (under 2% of draws) rewinds the state one draw and lets the JDK's own {@code nextGaussian} take
 * it from there, reading this generator's {@code nextLong}. The state and its seeding are
 * xoroshiro128++ (Blackman and Vigna 2021) with the JDK's seeding (the seed xored with the 64-bit
 * silver ratio, then two steps of a SplitMix generator of gamma the golden ratio with Stafford's
 * mixer 13), the layers' widths are read from the JDK's {@code nextGaussian} itself when the
 * class loads ({@link #widths}), and a check then compares the draws of both on a seed:
 * when the JDK at hand draws otherwise, {@link #available()} is false and the JDK's generator is
 * used as it is.
 */
final class XoroshiroNormals implements RandomGenerator {
    private static final long GOLDEN_RATIO_64 = 0x9e3779b97f4a7c15L;
    private static final long SILVER_RATIO_64 = 0x6A09E667F3BCC909L;
    private static final int LAYERS = 253;
    private static final long LAYER_MASK = 0xff;
    /** The layers' widths as the JDK's ziggurat scales a draw by them, or null: not as expected. */
    private static final double[] WIDTH = widths();
    /** Whether the widths were read and this class's draws equal the JDK generator's on a seed. */
    private static final boolean AVAILABLE = WIDTH != null && drawsAsTheJdk(20_261_201L, 1000);
    private long x0;
    private long x1;

    /** The JDK's {@code RandomGeneratorFactory.of("Xoroshiro128PlusPlus").create(seed)} state. */
    XoroshiroNormals(long seed) {
        long s = seed ^ SILVER_RATIO_64;
        x0 = mixStafford13(s);
        x1 = mixStafford13(s + GOLDEN_RATIO_64);
        if ((x0 | x1) == 0) {
            x0 = GOLDEN_RATIO_64;
            x1 = SILVER_RATIO_64;
        }
    }

    /** Whether this class draws as the JDK at hand does (else use the JDK's generator). */
    static boolean available() {
        return AVAILABLE;
    }

    private static long mixStafford13(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public long nextLong() {
        long s0 = x0;
        long s1 = x1;
        long result = Long.rotateLeft(s0 + s1, 17) + s0;
        s1 ^= s0;
        x0 = Long.rotateLeft(s0, 49) ^ s1 ^ (s1 << 21);
        x1 = Long.rotateLeft(s1, 28);
        return result;
    }

    /** One draw of {@link #nextGaussians}. */
    @Override
    public double nextGaussian() {
        long s0 = x0;
        long s1 = x1;
        long u = nextLong();
        long layer = u & LAYER_MASK;
        if (layer < LAYERS) {
            return WIDTH[(int) layer] * u;
        }
        x0 = s0; // rewound: the JDK's nextGaussian draws u again
        x1 = s1;
        return RandomGenerator.super.nextGaussian();
    }

    /**
     * The next {@code count} normal draws into {@code into}: the state in locals, each step of
     * {@link #nextLong} written out, the JDK's own code called only in the rare case.
     */
    void nextGaussians(double[] into, int count) {
        double[] width = WIDTH;
        long s0 = x0;
        long s1 = x1;
        for (int k = 0; k < count; k++) {
            long u = Long.rotateLeft(s0 + s1, 17) + s0;
            long t = s1 ^ s0;
            long n0 = Long.rotateLeft(s0, 49) ^ t ^ (t << 21);
            long n1 = Long.rotateLeft(t, 28);
            long layer = u & LAYER_MASK;
            if (layer < LAYERS) {
                into[k] = width[(int) layer] * u;
                s0 = n0;
                s1 = n1;
            } else {
                x0 = s0; // rewound: the JDK's nextGaussian draws u again
                x1 = s1;
                into[k] = RandomGenerator.super.nextGaussian();
                s0 = x0;
                s1 = x1;
            }
        }
        x0 = s0;
        x1 = s1;
    }

    /**
     * The widths, read from the JDK's {@code nextGaussian} on a generator that draws {@code 2^62 +
     * layer} once: for a layer below 253 that draw converts to exactly 2^62, so the normal it gives
     * is the layer's width times a power of two (exact both ways). Null when the JDK asks for a
     * second draw or fails.
     */
    private static double[] widths() {
        double[] w = new double[LAYERS];
        try {
            for (int layer = 0; layer < LAYERS; layer++) {
                long draw = (1L << 62) | layer;
                RandomGenerator once = new RandomGenerator() {
                    private boolean drawn;

                    @Override
                    public long nextLong() {
                        if (drawn) {
                            throw new IllegalStateException("a second draw");
                        }
                        drawn = true;
                        return draw;
                    }
                };
                w[layer] = once.nextGaussian() / (double) (1L << 62);
            }
        } catch (RuntimeException notAsExpected) {
            return null;
        }
        return w;
    }

    /** Whether {@code count} draws of this class from {@code seed} are the JDK generator's, bit for bit. */
    static boolean drawsAsTheJdk(long seed, int count) {
        try {
            RandomGenerator jdk = RandomGeneratorFactory.of("Xoroshiro128PlusPlus").create(seed);
            double[] mine = new double[count];
            new XoroshiroNormals(seed).nextGaussians(mine, count);
            for (double v : mine) {
                if (Double.doubleToRawLongBits(v) != Double.doubleToRawLongBits(jdk.nextGaussian())) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException notAsExpected) {
            return false;
        }
    }
}
