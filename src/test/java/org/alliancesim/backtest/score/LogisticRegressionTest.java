package org.alliancesim.backtest.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    /**
     * With one binary covariate the maximum-likelihood fit is known in closed form: the fitted
     * probability in each group is the group's observed rate, so the intercept is the logit of the
     * rate at x = 0 and the slope the difference of the two logits. Here 1 of 4 at x = 0 and 3 of 4
     * at x = 1: intercept logit(1/4) = -ln 3, slope ln 3 - (-ln 3) = 2 ln 3.
     */
    @Test
    void binaryCovariateGivesTheGroupLogits() {
        double[][] x = {{0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}};
        boolean[] y = {true, false, false, false, true, true, true, false};
        LogisticRegression lr = LogisticRegression.fit(x, y);
        assertThat(lr.coefficients()[0]).isCloseTo(-Math.log(3), within(1e-4));
        assertThat(lr.coefficients()[1]).isCloseTo(2 * Math.log(3), within(1e-4));
        assertThat(lr.probability(new double[] {0})).isCloseTo(0.25, within(1e-5));
        assertThat(lr.probability(new double[] {1})).isCloseTo(0.75, within(1e-5));
    }

    /**
     * Two binary covariates in a balanced 2x2 design with rates that are exactly logistic-additive
     * (cell logits -ln 3, 0, 0, ln 3: counts 1/4, 2/4, 2/4, 3/4): intercept -ln 3, each slope ln 3.
     * A constant column is dropped and gets 0.
     */
    @Test
    void additiveTwoByTwoAndAConstantColumn() {
        double[][] x = new double[16][];
        boolean[] y = new boolean[16];
        int[][] cells = {{0, 0, 1}, {0, 1, 2}, {1, 0, 2}, {1, 1, 3}};
        int r = 0;
        for (int[] c : cells) {
            for (int k = 0; k < 4; k++, r++) {
                x[r] = new double[] {c[0], c[1], 5};
                y[r] = k < c[2];
            }
        }
        double[] b = LogisticRegression.fit(x, y).coefficients();
        assertThat(b[0]).isCloseTo(-Math.log(3), within(1e-4));
        assertThat(b[1]).isCloseTo(Math.log(3), within(1e-4));
        assertThat(b[2]).isCloseTo(Math.log(3), within(1e-4));
        assertThat(b[3]).isZero();
    }

    @Test
    void separatedDataStayFiniteAndRankCorrectly() {
        double[][] x = {{0}, {1}, {2}, {3}};
        boolean[] y = {false, false, true, true};
        LogisticRegression lr = LogisticRegression.fit(x, y);
        assertThat(java.util.Arrays.stream(lr.coefficients()).allMatch(Double::isFinite)).isTrue();
        assertThat(lr.probability(new double[] {3})).isGreaterThan(lr.probability(new double[] {0}));
    }
}
