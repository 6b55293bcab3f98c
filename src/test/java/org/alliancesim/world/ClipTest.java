package org.alliancesim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Clip}'s functions give the JDK's {@code Math.max(0, x)}, {@code Math.min(1, x)} and
 * {@code Math.min(a, b)} bit for bit: on the special values (NaN, both zeros, infinities, the
 * extremes, values about 0 and 1, every pair of them) and on seeded random doubles of every sign
 * and scale, equal pairs and random bit patterns included.
 */
class ClipTest {

    static DoubleStream specials() {
        return DoubleStream.of(Double.NaN, -Double.NaN, Double.longBitsToDouble(0x7ff0000000000123L), 0.0, -0.0,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE,
                Double.MAX_VALUE, -Double.MAX_VALUE, 1, -1, Math.nextUp(1.0), Math.nextDown(1.0), 0.5, -0.5);
    }

    static LongStream seeds() {
        return LongStream.range(0, 8).map(k -> 4100 + k);
    }

    @ParameterizedTest
    @MethodSource("specials")
    void specialValuesAreTheJdks(double x) {
        same(x);
        specials().forEach(y -> sameMin(x, y));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomValuesAreTheJdks(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int k = 0; k < 20_000; k++) {
            same(r.nextDouble() * 4 - 2);
            same((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-300, 300)));
            same(Double.longBitsToDouble(r.nextLong()));
            double a = r.nextDouble() * 2 - 1;
            sameMin(a, r.nextDouble() * 2 - 1);
            sameMin(a, a);
            sameMin(Double.longBitsToDouble(r.nextLong()), Double.longBitsToDouble(r.nextLong()));
        }
    }

    private static void sameMin(double a, double b) {
        assertThat(Double.doubleToRawLongBits(Clip.min(a, b))).as("min(%s, %s)", a, b)
                .isEqualTo(Double.doubleToRawLongBits(Math.min(a, b)));
    }

    private static void same(double x) {
        assertThat(Double.doubleToRawLongBits(Clip.positivePart(x))).as("max(0, %s)", x)
                .isEqualTo(Double.doubleToRawLongBits(Math.max(0, x)));
        assertThat(Double.doubleToRawLongBits(Clip.atMostOne(x))).as("min(1, %s)", x)
                .isEqualTo(Double.doubleToRawLongBits(Math.min(1, x)));
    }
}
