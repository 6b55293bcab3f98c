package org.alliancesim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How every number in a CSV file is written: six decimals at most, a dot, no exponent, no trailing zeros. */
class NumTest {

    static Stream<Arguments> edges() {
        return Stream.of(
                Arguments.of(0.0, "0"),
                Arguments.of(-0.0, "0"),
                Arguments.of(1.0, "1"),
                Arguments.of(-1.0, "-1"),
                Arguments.of(1.25, "1.25"),
                Arguments.of(0.1 + 0.2, "0.3"),
                Arguments.of(1.0 / 3, "0.333333"),
                Arguments.of(-1.0 / 3, "-0.333333"),
                Arguments.of(2.0 / 3, "0.666667"),
                // half a millionth rounds up, toward positive infinity, so a tiny negative is "0", never "-0"
                Arguments.of(5e-7, "0.000001"),
                Arguments.of(-5e-7, "0"),
                Arguments.of(-6e-7, "-0.000001"),
                Arguments.of(4e-7, "0"),
                Arguments.of(Double.MIN_VALUE, "0"),
                Arguments.of(0.9999995, "1"),
                Arguments.of(0.99999949, "0.999999"),
                Arguments.of(1e6, "1000000"),
                Arguments.of(1234567890.123456, "1234567890.123456"),
                // beyond 9e12 the six decimals no longer fit a long: written in full, still without an exponent
                Arguments.of(8.999e12, "8999000000000"),
                Arguments.of(9e12, "9000000000000"),
                Arguments.of(-1e13, "-10000000000000"),
                Arguments.of(1.5e15, "1500000000000000"),
                // not a number is an empty field; the infinities are spelled out
                Arguments.of(Double.NaN, ""),
                Arguments.of(Double.POSITIVE_INFINITY, "inf"),
                Arguments.of(Double.NEGATIVE_INFINITY, "-inf"));
    }

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @MethodSource("edges")
    void edgeValues(double v, String written) {
        assertThat(Num.format(v)).isEqualTo(written);
    }

    @Test
    void theLargestDoubleHasNoExponent() {
        assertThat(Num.format(Double.MAX_VALUE)).startsWith("17976931348623157").doesNotContain("E").hasSize(309);
    }

    @Test
    void theDefaultLocaleDoesNotChangeTheDecimalSign() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Num.format(1234.5)).isEqualTo("1234.5");
        } finally {
            Locale.setDefault(before);
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 8);
    }

    /** Seeded random values: the text has the documented shape and reads back within half a millionth. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomValuesReadBackWithinHalfAMillionth(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int k = 0; k < 2_000; k++) {
            double scale = Math.pow(10, r.nextInt(-8, 12));
            double v = (r.nextDouble() * 2 - 1) * scale;
            String s = Num.format(v);
            assertThat(s).as("%s", v).matches("-?(0|[1-9][0-9]*)(\\.[0-9]{0,5}[1-9])?");
            assertThat(Double.parseDouble(s)).as("%s", v).isCloseTo(v, org.assertj.core.api.Assertions.within(5e-7 + Math.ulp(v) * 4));
        }
    }
}
