package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.jfree.svg.util.RyuDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ShortestDouble writes every double as JFreeSVG's RyuDouble does (and so every SVG number). */
class ShortestDoubleTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void stringsAreRyuDoublesStrings(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int k = 0; k < 250_000; k++) {
            double v = switch (r.nextInt(7)) {
                case 0 -> Double.longBitsToDouble(r.nextLong()); // any bit pattern: NaN, infinities, subnormals
                case 1 -> (float) r.nextDouble(-2000, 2000); // a coordinate of a float path
                case 2 -> r.nextDouble(-2000, 2000); // a coordinate in double precision
                case 3 -> r.nextInt(-5000, 5000) / (double) (1 << r.nextInt(12)); // on a pixel grid
                case 4 -> r.nextDouble() * Math.pow(10, r.nextInt(-330, 310)); // any magnitude
                case 5 -> Math.round(r.nextDouble(-1e4, 1e4) * 1e6) / 1e6; // few decimals
                default -> r.nextInt(); // whole numbers
            };
            assertThat(ShortestDouble.toString(v)).as("bits %x", Double.doubleToRawLongBits(v))
                    .isEqualTo(RyuDouble.doubleToString(v));
        }
    }

    @Test
    void edgeCases() {
        for (double v : new double[] {0, -0.0, 1, -1, 0.1, 1e-3, 9.999999999999999e-4, 1e7, 9999999.999999998, 1e22, 1e23,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 577.65655517578125, 288.103759765625, 109.13131313131314, 2.0E-3, 4.35, 0.3}) {
            assertThat(ShortestDouble.toString(v)).as("%s", v).isEqualTo(RyuDouble.doubleToString(v));
        }
        assertThat(ShortestDouble.toString(1524)).isEqualTo("1524.0");
        assertThat(ShortestDouble.toString(577.65655517578125)).isEqualTo("577.6565551757812");
    }
}
