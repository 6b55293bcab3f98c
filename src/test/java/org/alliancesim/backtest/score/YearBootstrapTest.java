package org.alliancesim.backtest.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class YearBootstrapTest {

    @Test
    void sameSeedSameReplicatesOtherSeedOthers() {
        YearBootstrap a = new YearBootstrap(12, 50, 7);
        YearBootstrap b = new YearBootstrap(12, 50, 7);
        YearBootstrap c = new YearBootstrap(12, 50, 8);
        boolean differs = false;
        for (int r = 0; r < 50; r++) {
            assertThat(a.weights(r)).containsExactly(b.weights(r));
            assertThat(Arrays.stream(a.weights(r)).sum()).isEqualTo(12);
            differs |= !Arrays.equals(a.weights(r), c.weights(r));
        }
        assertThat(differs).isTrue();
    }

    @Test
    void intervalIsTheNearestRankPercentiles() {
        double[] v = new double[200];
        for (int k = 0; k < v.length; k++) {
            v[k] = 199 - k; // 0..199 in reverse
        }
        // 2.5% of 200 = rank 5 -> value 4; 97.5% = rank 195 -> value 194
        assertThat(YearBootstrap.interval(v)).containsExactly(4, 194);
    }

    @Test
    void mostlyUndefinedReplicatesGiveNoInterval() {
        assertThat(YearBootstrap.interval(new double[] {Double.NaN, Double.NaN, 1})).containsExactly(Double.NaN, Double.NaN);
        assertThat(YearBootstrap.interval(new double[] {Double.NaN, 2, 1})).containsExactly(1, 2);
    }
}
