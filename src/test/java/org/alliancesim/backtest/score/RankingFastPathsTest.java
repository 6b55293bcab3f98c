package org.alliancesim.backtest.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Ranking}'s fast paths against plain ones: {@link Ranking#split} against one
 * {@link Ranking#restrict} per range, the radix order against the merge sort, the weighted AUC
 * against the count over every pair.
 */
class RankingFastPathsTest {

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

    /** Scores with many ties, both zeros, negatives and extremes. */
    private static double[] scores(Random rnd, int n) {
        double[] pool = {0.0, -0.0, 1.0, 0.5, -2.5, 1e-300, Double.MIN_VALUE, 7e12, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        double[] s = new double[n];
        for (int k = 0; k < n; k++) {
            s[k] = rnd.nextInt(3) == 0 ? pool[rnd.nextInt(pool.length)] : rnd.nextInt(50) / 49.0 - rnd.nextDouble() * 1e-3;
        }
        return s;
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void radixOrderIsTheMergeSortsOrder(long seed) {
        Random rnd = new Random(seed);
        for (int n : new int[] {0, 1, 2, 3, 17, 256, 1000 + rnd.nextInt(3000)}) {
            double[] s = scores(rnd, n);
            assertThat(Ranking.sortedOrder(s)).as("n = %d", n).containsExactly(Ranking.mergeOrder(s));
        }
        double[] withNaN = scores(rnd, 300);
        withNaN[7] = Double.NaN;
        assertThat(Ranking.sortedOrder(withNaN)).containsExactly(Ranking.mergeOrder(withNaN));
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void aucByGroupIsTheMannWhitneyCountOfThePairs(long seed) {
        Random rnd = new Random(seed);
        int n = 400 + rnd.nextInt(400);
        int groups = 1 + rnd.nextInt(9);
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        int[] g = new int[n];
        for (int k = 0; k < n; k++) {
            s[k] = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(20); // a large tie at zero, as commitments have
            y[k] = rnd.nextInt(5) == 0;
            g[k] = rnd.nextInt(groups);
        }
        double[] w = new double[groups];
        for (int k = 0; k < groups; k++) {
            w[k] = rnd.nextInt(4);
        }
        // every (positive, negative) pair weighted by both groups' weights: 1 if ranked right, 1/2 if tied
        double sum = 0;
        double p = 0;
        double q = 0;
        for (int a = 0; a < n; a++) {
            if (y[a]) {
                p += w[g[a]];
            } else {
                q += w[g[a]];
            }
            for (int b = 0; b < n; b++) {
                if (y[a] && !y[b]) {
                    sum += w[g[a]] * w[g[b]] * (s[a] > s[b] ? 1 : s[a] == s[b] ? 0.5 : 0);
                }
            }
        }
        double want = p == 0 || q == 0 ? Double.NaN : sum / (p * q);
        assertThat(Double.valueOf(new Ranking(s, y, g).auc(w))).isEqualTo(Double.valueOf(want));
    }
}
