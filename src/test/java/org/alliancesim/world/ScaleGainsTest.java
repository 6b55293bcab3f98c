package org.alliancesim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scaling the expected gains (learning from delivery) through the rows {@link WorldInputs#gainsToScale}
 * gives multiplies exactly the listed cells of every channel, whether or not a row was all zero when
 * the store first gave rows to scale (it leaves such rows out), also after a gain is set in a row
 * that was zero: on seeded random inputs with zeroed rows, against the products cell by cell.
 */
class ScaleGainsTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theListedCellsAreMultipliedAndNoOther(long seed) {
        WorldInputs w = RandomInputs.of(seed);
        int n = w.size();
        SplittableRandom r = new SplittableRandom(seed);
        for (Channel ch : Channel.values()) {
            for (int i = 0; i < n; i++) {
                if (r.nextInt(3) == 0) {
                    for (int j = 0; j < n; j++) {
                        w.setGain(i, j, ch, 0);
                    }
                }
            }
        }
        for (int round = 0; round < 3; round++) {
            int i = r.nextInt(n);
            if (round == 2) {
                for (Channel ch : Channel.values()) {
                    w.setGain(i, r.nextInt(n), ch, 0.5); // rows that were zero at the first scaling
                }
            }
            double[] keep = new double[n];
            int[] cells = new int[n];
            int count = 0;
            for (int j = 0; j < n; j++) {
                if (r.nextBoolean()) {
                    keep[j] = r.nextDouble();
                    cells[count++] = j;
                }
            }
            double[][] expected = new double[Channel.values().length][n];
            for (Channel ch : Channel.values()) {
                for (int j = 0; j < n; j++) {
                    expected[ch.ordinal()][j] = w.gain(i, j, ch);
                }
                for (int c = 0; c < count; c++) {
                    expected[ch.ordinal()][cells[c]] *= keep[cells[c]];
                }
            }
            double[][] rows = new double[Channel.values().length][];
            int scaled = w.gainsToScale(i, rows);
            for (int g = 0; g < scaled; g++) {
                for (int c = 0; c < count; c++) {
                    rows[g][cells[c]] = rows[g][cells[c]] * keep[cells[c]];
                }
            }
            for (Channel ch : Channel.values()) {
                for (int j = 0; j < n; j++) {
                    assertThat(w.gain(i, j, ch)).as("round %d %s %d-%d", round, ch, i, j)
                            .isEqualTo(expected[ch.ordinal()][j]);
                }
            }
        }
    }
}
