package org.alliancesim.experiment.stats;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Two-bloc polarisation of a world, in the sense of structural balance (Heider 1946; Cartwright
 * and Harary 1956) as Axelrod and Bennett's landscape measures it by frustration (BJPolS 23(2),
 * 1993): each pair carries a positive relation, the realised commitment {@code C_ij}, and a
 * negative one, the mutual threat {@code H_ij = (T_ij + T_ji)/2}, kept apart so that a tie does
 * not cancel a hostility. A split of the states into two blocs is frustrated by ties across the
 * blocs and by hostility within them, {@code F = sum_same H_ij + sum_across C_ij}; the polarisation
 * index is {@code P = 1 - F/W}, where {@code F} is the frustration of the best split found and
 * {@code W = sum (C_ij + H_ij)} over pairs. {@code P = 1} is a world of two blocs, allied within and
 * hostile across; a world where ties and hostility fall at random gives a lower index.
 *
 * <p>The split is found as in spectral partitioning: the signs of the leading eigenvector of
 * {@code S = C - H} (Commons Math), then single moves of a state to the other bloc while any lowers
 * {@code F} (a local optimum, so {@code P} is a lower bound on the best split's index).
 */
public final class Polarisation {
    private Polarisation() {
    }

    /**
     * @param commitment symmetric commitments in [0,1]
     * @param threat threat i perceives from j, in [0,1]
     * @return the polarisation index in [0,1] (0 when every relation is zero)
     */
    public static double index(double[][] commitment, double[][] threat) {
        return of(commitment, threat).index();
    }

    /**
     * The best two-bloc split found and what it shows.
     *
     * @param index the polarisation index {@code 1 - F/W}
     * @param tieCohesion the share of the commitment weight that lies within the blocs
     * @param hostilityAcross the share of the mutual-threat weight that lies across the blocs
     * @param bloc each state's bloc (0 or 1)
     */
    public record Split(double index, double tieCohesion, double hostilityAcross, int[] bloc) {
    }

    /** The split and its shares: see {@link Split}. */
    public static Split of(double[][] commitment, double[][] threat) {
        int n = commitment.length;
        double[][] s = new double[n][n];
        double[][] h = new double[n][n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    h[i][j] = 0.5 * (threat[i][j] + threat[j][i]);
                    s[i][j] = commitment[i][j] - h[i][j];
                    if (i < j) {
                        total += commitment[i][j] + h[i][j];
                    }
                }
            }
        }
        if (total <= 0) {
            return new Split(0, 0, 0, new int[n]);
        }
        boolean[] side = new boolean[n];
        if (n > 1) {
            EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(s, false));
            int lead = 0;
            double[] values = e.getRealEigenvalues();
            for (int k = 1; k < values.length; k++) {
                if (values[k] > values[lead]) {
                    lead = k;
                }
            }
            RealVector v = e.getEigenvector(lead);
            for (int i = 0; i < n; i++) {
                side[i] = v.getEntry(i) >= 0;
            }
        }
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int i = 0; i < n; i++) {
                // Moving i changes F by the sum over j of (frustration if moved - now).
                double gain = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        boolean same = side[i] == side[j];
                        double c = commitment[i][j];
                        gain += frustration(c, h[i][j], !same) - frustration(c, h[i][j], same);
                    }
                }
                if (gain < -1e-12) {
                    side[i] = !side[i];
                    moved = true;
                }
            }
        }
        double f = 0;
        double ties = 0;
        double tiesWithin = 0;
        double hostility = 0;
        double hostilityAcross = 0;
        int[] bloc = new int[n];
        for (int i = 0; i < n; i++) {
            bloc[i] = side[i] == side[0] ? 0 : 1;
            for (int j = i + 1; j < n; j++) {
                boolean same = side[i] == side[j];
                f += frustration(commitment[i][j], h[i][j], same);
                ties += commitment[i][j];
                hostility += h[i][j];
                tiesWithin += same ? commitment[i][j] : 0;
                hostilityAcross += same ? 0 : h[i][j];
            }
        }
        return new Split(1 - f / total, ties > 0 ? tiesWithin / ties : 0, hostility > 0 ? hostilityAcross / hostility : 0,
                bloc);
    }

    private static double frustration(double tie, double hostility, boolean sameBloc) {
        return sameBloc ? hostility : tie;
    }
}
