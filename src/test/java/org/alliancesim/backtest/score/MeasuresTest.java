package org.alliancesim.backtest.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeasuresTest {

    @Test
    void precisionRecallAndF1ByHand() {
        // 3 hits, 1 false alarm, 2 misses, 4 correct rejections
        Confusion c = new Confusion(3, 1, 2, 4);
        assertThat(c.precision()).isEqualTo(0.75);
        assertThat(c.recall()).isEqualTo(0.6);
        assertThat(c.f1()).isCloseTo(2 * 0.75 * 0.6 / (0.75 + 0.6), within(1e-12)); // = 6/9
        assertThat(c.f1()).isCloseTo(6.0 / 9, within(1e-12));
    }

    @Test
    void undefinedMeasuresAreNaNNotZero() {
        Confusion nothing = new Confusion(0, 0, 0, 7);
        assertThat(nothing.precision()).isNaN();
        assertThat(nothing.recall()).isNaN();
        assertThat(nothing.f1()).isNaN();
        Confusion allMissed = new Confusion(0, 0, 3, 7);
        assertThat(allMissed.recall()).isZero();
        assertThat(allMissed.f1()).isZero();
    }

    @Test
    void confusionOfSingleCasesAddsUp() {
        Confusion c = Confusion.of(true, true).plus(Confusion.of(true, false)).plus(Confusion.of(false, true))
                .plus(Confusion.of(false, false)).times(2);
        assertThat(c).isEqualTo(new Confusion(2, 2, 2, 2));
    }

    @Test
    void aucCountsTiesAsHalf() {
        // positives score 0.9, 0.5, 0.5; negatives 0.5, 0.1
        // pairs (pos, neg): 0.9>0.5 1, 0.9>0.1 1, 0.5=0.5 1/2, 0.5>0.1 1, 0.5=0.5 1/2, 0.5>0.1 1 -> 5/6
        double[] s = {0.9, 0.5, 0.5, 0.5, 0.1};
        boolean[] y = {true, true, true, false, false};
        assertThat(new Ranking(s, y, new int[5]).auc()).isCloseTo(5.0 / 6, within(1e-12));
    }

    @Test
    void aucOfConstantScoreIsOneHalfAndOfPerfectRankingOne() {
        assertThat(new Ranking(new double[] {0.3, 0.3, 0.3}, new boolean[] {true, false, false}, new int[3]).auc())
                .isEqualTo(0.5);
        assertThat(new Ranking(new double[] {0.1, 0.2, 0.9}, new boolean[] {false, false, true}, new int[3]).auc())
                .isEqualTo(1.0);
        assertThat(new Ranking(new double[] {0.1, 0.2}, new boolean[] {true, true}, new int[2]).auc()).isNaN();
    }

    @Test
    void weightedAucEqualsAucOfDuplicatedCases() {
        // group 0 drawn twice, group 1 once, group 2 never
        double[] s = {0.8, 0.2, 0.6, 0.7, 0.4, 0.9};
        boolean[] y = {true, false, false, true, false, true};
        int[] g = {0, 0, 1, 1, 2, 2};
        double weighted = new Ranking(s, y, g).auc(new double[] {2, 1, 0});
        double[] s2 = {0.8, 0.2, 0.8, 0.2, 0.6, 0.7};
        boolean[] y2 = {true, false, true, false, false, true};
        assertThat(weighted).isCloseTo(new Ranking(s2, y2, new int[6]).auc(), within(1e-12));
    }

    @Test
    void rocRunsFromOriginToOneOne() {
        double[][] roc = new Ranking(new double[] {0.9, 0.5, 0.5, 0.1}, new boolean[] {true, true, false, false},
                new int[4]).roc();
        assertThat(roc[0]).containsExactly(0, 0);
        assertThat(roc[1]).containsExactly(0, 0.5);
        assertThat(roc[2]).containsExactly(0.5, 1);
        assertThat(roc[roc.length - 1]).containsExactly(1, 1);
    }

    @Test
    void brierByHand() {
        // (0.8-1)^2 + (0.3-0)^2 + (0.5-1)^2 + (0-0)^2 = 0.04 + 0.09 + 0.25 + 0 = 0.38; / 4
        assertThat(Brier.score(new double[] {0.8, 0.3, 0.5, 0}, new boolean[] {true, false, true, false}))
                .isCloseTo(0.095, within(1e-12));
        assertThat(Brier.score(new double[0], new boolean[0])).isNaN();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5})
    void restrictedRankingEqualsAFreshOneOnRandomCases(long seed) {
        java.util.Random rng = new java.util.Random(seed);
        int n = 200 + rng.nextInt(200);
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        int[] g = new int[n];
        for (int k = 0; k < n; k++) {
            s[k] = rng.nextInt(20) / 20.0; // many ties
            y[k] = rng.nextDouble() < 0.3;
            g[k] = k / 40;
        }
        int from = rng.nextInt(n / 2);
        int to = from + 50 + rng.nextInt(n - from - 50);
        Ranking sub = new Ranking(s, y, g).restrict(from, to, g[from]);
        Ranking fresh = new Ranking(java.util.Arrays.copyOfRange(s, from, to), java.util.Arrays.copyOfRange(y, from, to),
                java.util.Arrays.stream(java.util.Arrays.copyOfRange(g, from, to)).map(v -> v - g[from]).toArray());
        assertThat(sub.auc()).isEqualTo(fresh.auc());
        double[] w = new double[g[n - 1] + 1];
        for (int k = 0; k < w.length; k++) {
            w[k] = rng.nextInt(3);
        }
        assertThat(Double.valueOf(sub.auc(w))).isEqualTo(Double.valueOf(fresh.auc(w))); // both NaN if no group drawn has both kinds
        int[] order = Ranking.sortedOrder(s);
        for (int k = 1; k < n; k++) {
            assertThat(s[order[k]] > s[order[k - 1]] || (s[order[k]] == s[order[k - 1]] && order[k] > order[k - 1])).isTrue();
        }
    }
}
