package org.alliancesim.experiment.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DesignTest {

    @Test
    void gridIsTheFullFactorialWithTheFirstParameterSlowest() {
        List<double[]> pts = new GridDesign(List.of(new double[] {1, 2}, new double[] {10, 20, 30})).points();
        assertThat(pts).hasSize(6);
        assertThat(pts.get(0)).containsExactly(1, 10);
        assertThat(pts.get(1)).containsExactly(1, 20);
        assertThat(pts.get(2)).containsExactly(1, 30);
        assertThat(pts.get(3)).containsExactly(2, 10);
        assertThat(pts.get(5)).containsExactly(2, 30);
    }

    @Test
    void rangesIncludeTheEndAndPrintAsWritten() {
        assertThat(GridDesign.range(0.1, 0.7, 0.2)).containsExactly(0.1, 0.3, 0.5, 0.7);
        assertThat(GridDesign.range(900, 2700, 900)).containsExactly(900, 1800, 2700);
        assertThat(GridDesign.range(0, 1, 0.3)).containsExactly(0, 0.3, 0.6, 0.9);
        assertThat(GridDesign.size(List.of(new double[3], new double[4], new double[5]))).isEqualTo(60);
    }

    static LongStream seeds() {
        return LongStream.range(1, 21);
    }

    /** McKay et al. 1979: every one of the n strata of every dimension holds exactly one point. */
    @ParameterizedTest
    @MethodSource("seeds")
    void latinHypercubeHitsEachStratumOncePerDimension(long seed) {
        int n = 5 + (int) (seed * 7 % 40);
        double[] min = {0, -3, 100};
        double[] max = {1, 3, 200};
        LatinHypercubeDesign lhs = new LatinHypercubeDesign(n, min, max, new boolean[3], seed);
        List<double[]> pts = lhs.points();
        assertThat(pts).hasSize(n);
        for (int k = 0; k < 3; k++) {
            int[] hits = new int[n];
            for (double[] p : pts) {
                assertThat(p[k]).isBetween(min[k], max[k]);
                int stratum = (int) Math.floor((p[k] - min[k]) / (max[k] - min[k]) * n);
                hits[Math.min(stratum, n - 1)]++;
            }
            assertThat(hits).containsOnly(1);
        }
        assertThat(new LatinHypercubeDesign(n, min, max, new boolean[3], seed).points())
                .usingRecursiveComparison().isEqualTo(pts);
    }

    /** Joe and Kuo's Sobol sequence in two dimensions: (0,0) skipped, then these. */
    @Test
    void sobolPointsFollowTheKnownSequence() {
        SobolDesign s = new SobolDesign(6, new double[] {0, 0}, new double[] {1, 1}, new boolean[2]);
        double[][] expected = {{0.5, 0.5}, {0.75, 0.25}, {0.25, 0.75}, {0.375, 0.375}, {0.875, 0.875}, {0.625, 0.125}};
        List<double[]> pts = s.unitPoints();
        for (int i = 0; i < expected.length; i++) {
            assertThat(pts.get(i)[0]).isCloseTo(expected[i][0], offset(1e-12));
            assertThat(pts.get(i)[1]).isCloseTo(expected[i][1], offset(1e-12));
        }
        List<double[]> scaled = new SobolDesign(2, new double[] {10, 0}, new double[] {20, 4}, new boolean[] {false, true}).points();
        assertThat(scaled.get(0)).containsExactly(15, 2);
        assertThat(scaled.get(1)).containsExactly(17.5, 1);
    }
}
