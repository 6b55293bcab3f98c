package org.alliancesim.experiment.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.alliancesim.experiment.design.LatinHypercubeDesign;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SensitivityTest {

    /** y = 3a - b + 0c over a Latin hypercube: SRCs ~ 3 sd(a), -sd(b), 0, scaled by sd(y); R2 = 1. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void recoversTheWeightsOfALinearModel(long seed) {
        List<double[]> pts = new LatinHypercubeDesign(200, new double[] {0, 0, 0}, new double[] {1, 1, 1},
                new boolean[3], seed).points();
        Sensitivity s = new Sensitivity();
        for (double[] p : pts) {
            s.add(p, 3 * p[0] - p[1]);
        }
        Sensitivity.Result r = s.estimate(3);
        // an exact linear model: SRC_k = w_k sd(x_k) / sd(y)
        double[] y = pts.stream().mapToDouble(p -> 3 * p[0] - p[1]).toArray();
        double sdY = Math.sqrt(StatUtils.variance(y));
        assertThat(r.src()[0]).isCloseTo(3 * sd(pts, 0) / sdY, offset(1e-9));
        assertThat(r.src()[1]).isCloseTo(-sd(pts, 1) / sdY, offset(1e-9));
        // and close to the population value w_k / sqrt(sum w^2) for equal ranges
        assertThat(r.src()[0]).isCloseTo(3 / Math.sqrt(10), offset(0.05));
        assertThat(r.src()[2]).isCloseTo(0, offset(1e-9));
        assertThat(r.r2()).isCloseTo(1, offset(1e-9));
    }

    private static double sd(List<double[]> pts, int k) {
        return Math.sqrt(StatUtils.variance(pts.stream().mapToDouble(p -> p[k]).toArray()));
    }
}
