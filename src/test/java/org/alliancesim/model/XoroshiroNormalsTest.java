package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link XoroshiroNormals} draws what the JDK's {@code Xoroshiro128PlusPlus} of the same seed
 * draws, bit for bit: its longs, its normals one at a time and by rows (over a hundred thousand
 * normals a seed, some two thousand of them the ziggurat's rare case), on this JDK.
 */
class XoroshiroNormalsTest {
    private static final RandomGeneratorFactory<RandomGenerator> JDK = RandomGeneratorFactory.of("Xoroshiro128PlusPlus");

    static LongStream seeds() {
        return LongStream.of(0, 1, -1, 42, Long.MIN_VALUE, Long.MAX_VALUE, 0x6A09E667F3BCC909L, 20_261_201L);
    }

    @Test
    void itIsUsedOnThisJdk() {
        assertThat(XoroshiroNormals.available()).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theLongsAndTheNormalsAreTheJdks(long seed) {
        RandomGenerator jdk = JDK.create(seed);
        XoroshiroNormals mine = new XoroshiroNormals(seed);
        for (int k = 0; k < 1000; k++) {
            assertThat(mine.nextLong()).as("long %d", k).isEqualTo(jdk.nextLong());
            assertThat(bits(mine.nextGaussian())).as("normal %d", k).isEqualTo(bits(jdk.nextGaussian()));
        }
        double[] row = new double[193];
        for (int r = 0; r < 600; r++) {
            int count = 1 + r % row.length;
            mine.nextGaussians(row, count);
            for (int k = 0; k < count; k++) {
                assertThat(bits(row[k])).as("row %d draw %d", r, k).isEqualTo(bits(jdk.nextGaussian()));
            }
        }
        assertThat(mine.nextLong()).as("the states end equal").isEqualTo(jdk.nextLong());
    }

    private static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }
}
