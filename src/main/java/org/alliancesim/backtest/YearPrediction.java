package org.alliancesim.backtest;

import org.alliancesim.world.Level;

/**
 * What one theory predicts for every non-directed dyad of one year's states: the level and the
 * commitment after the year's settle steps. Dyads are listed as state index pairs i &lt; j in
 * row order ({@link #pair}), so with states in ascending COW code order every dyad has
 * ccode1 &lt; ccode2.
 *
 * @param year the year
 * @param ccodes the states' COW codes, ascending
 * @param levels the level of each dyad
 * @param commitments the commitment of each dyad, in [0,1]
 */
public record YearPrediction(int year, int[] ccodes, Level[] levels, double[] commitments) {

    /** The position of dyad (i, j), i &lt; j, among the n(n-1)/2 dyads of {@code n} states. */
    public static int pair(int n, int i, int j) {
        return i * n - i * (i + 1) / 2 + (j - i - 1);
    }

    public static int dyads(int n) {
        return n * (n - 1) / 2;
    }
}
