package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.alliancesim.Num;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast number writer writes every number exactly as {@link Num#format} does. */
class CsvBytesTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void numbersAreWrittenAsNumFormatWritesThem(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int k = 0; k < 20_000; k++) {
            double v = switch (r.nextInt(6)) {
                case 0 -> r.nextDouble(); // a share or a commitment
                case 1 -> r.nextDouble(-1, 1) * Math.pow(10, r.nextInt(-9, 14)); // any magnitude, either sign
                case 2 -> Math.round(r.nextDouble(-1e4, 1e4) * 1e6) / 1e6 + (r.nextInt(3) - 1) * 5e-7; // ties at the sixth decimal
                case 3 -> r.nextInt(-100_000, 100_000); // whole numbers
                case 4 -> Double.longBitsToDouble(r.nextLong()); // any bit pattern: NaN, infinities, subnormals
                default -> r.nextDouble(-1e-6, 1e-6); // rounds to zero, maybe "-0"
            };
            CsvBytes b = new CsvBytes(4);
            b.num(v);
            assertThat(b.toString()).as("%s (bits %x)", v, Double.doubleToRawLongBits(v)).isEqualTo(Num.format(v));
        }
    }

    @Test
    void edgeCases() {
        for (double v : new double[] {0, -0.0, 1, -1, 0.1, 0.0000005, -0.0000005, 0.0000015, 123456.999999, 999999.9999996,
            8.999999999999e12, 9e12, -9e12, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Long.MAX_VALUE / 1e6}) {
            assertThat(new CsvBytes(1).num(v).toString()).as("%s", v).isEqualTo(Num.format(v));
        }
        assertThat(new CsvBytes(1).num(0.25).toString()).isEqualTo("0.25");
        assertThat(new CsvBytes(1).num(-3).toString()).isEqualTo("-3");
        assertThat(new CsvBytes(1).num(Double.NaN).toString()).isEmpty();
    }

    @Test
    void wholeNumbersAndTextGrowTheBuffer() {
        CsvBytes b = new CsvBytes(1);
        b.integer(0).ch(',').integer(-7).ch(',').integer(Long.MAX_VALUE).ch(',').integer(Long.MIN_VALUE).ch(',')
                .integer(Integer.MAX_VALUE).ch(',').integer(Integer.MAX_VALUE + 1L).ch(',').integer(-Integer.MAX_VALUE - 1L)
                .ch(',').integer(1_000_000_000_000_000_007L).ch(',').integer(-5_000_000_000L).ch(',').text("Côte d'Ivoire").ch('\n');
        assertThat(b.toString()).isEqualTo("0,-7," + Long.MAX_VALUE + "," + Long.MIN_VALUE + "," + Integer.MAX_VALUE + ","
                + (Integer.MAX_VALUE + 1L) + "," + Integer.MIN_VALUE + ",1000000000000000007,-5000000000,Côte d'Ivoire\n");
        assertThat(b.length()).isEqualTo(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        b.clear();
        assertThat(b.toString()).isEmpty();
    }
}
