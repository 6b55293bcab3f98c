package org.alliancesim.experiment.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PolarisationTest {

    @Test
    void twoBlocsAlliedWithinAndHostileAcrossArePerfectlyPolarised() {
        int n = 6;
        double[][] c = new double[n][n];
        double[][] t = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    boolean same = (i < 3) == (j < 3);
                    c[i][j] = same ? 0.8 : 0;
                    t[i][j] = same ? 0 : 0.6;
                }
            }
        }
        assertThat(Polarisation.index(c, t)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aTieAcrossTheBlocsFrustratesByItsWeight() {
        int n = 4;
        double[][] c = new double[n][n];
        double[][] t = new double[n][n];
        c[0][1] = c[1][0] = 1;
        c[2][3] = c[3][2] = 1;
        t[0][2] = t[2][0] = 1;
        t[1][3] = t[3][1] = 1;
        // An odd cycle: 0-1 allied, 2-3 allied, 0/2 and 1/3 hostile, and 1-2 allied too.
        c[1][2] = c[2][1] = 1;
        // The relations weigh 5 in all and the best split leaves one of weight 1 frustrated.
        assertThat(Polarisation.index(c, t)).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void aTieDoesNotCancelAHostilityOnTheSamePair() {
        double[][] c = {{0, 1}, {1, 0}};
        double[][] t = {{0, 1}, {1, 0}};
        // Either split frustrates one of the two relations: half the weight.
        assertThat(Polarisation.index(c, t)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void noRelationsMeansNoPolarisation() {
        assertThat(Polarisation.index(new double[3][3], new double[3][3])).isZero();
    }
}
