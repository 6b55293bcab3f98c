package org.alliancesim.backtest.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Ranking#split}: one pass gives every range what {@link Ranking#restrict} gives it alone. */
class RankingSplitTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void splitEqualsRestrictOnEveryRange(long seed) {
        Random rnd = new Random(seed);
        int groups = 1 + rnd.nextInt(12);
        int[] bounds = new int[groups + 1];
        int n = 0;
        for (int g = 0; g < groups; g++) {
            bounds[g] = n;
            n += rnd.nextInt(40); // empty groups too
        }
        bounds[groups] = n;
        double[] score = new double[n];
        boolean[] label = new boolean[n];
        int[] group = new int[n];
        int[] offsets = new int[groups];
        for (int g = 0; g < groups; g++) {
            offsets[g] = g;
            for (int c = bounds[g]; c < bounds[g + 1]; c++) {
                score[c] = rnd.nextInt(6) / 5.0; // many ties
                label[c] = rnd.nextBoolean();
                group[c] = g;
            }
        }
        Ranking all = new Ranking(score, label, group);
        Ranking[] parts = all.split(bounds, offsets);
        assertThat(parts).hasSize(groups);
        for (int g = 0; g < groups; g++) {
            Ranking alone = all.restrict(bounds[g], bounds[g + 1], g);
            assertThat(parts[g].size()).isEqualTo(alone.size());
            assertThat(Double.valueOf(parts[g].auc())).isEqualTo(Double.valueOf(alone.auc())); // NaN without both kinds
            assertThat(parts[g].roc()).isDeepEqualTo(alone.roc());
            double[] w = new double[] {rnd.nextInt(3)};
            assertThat(Double.valueOf(parts[g].auc(w))).isEqualTo(Double.valueOf(alone.auc(w)));
        }
    }
}
