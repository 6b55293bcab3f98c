package org.alliancesim.history;

/**
 * Dyadic covariates of one year's world, by state index (as in {@link YearWorld#scenario()}):
 * what the backtest's baselines read. Symmetric in i and j.
 */
public interface DyadCovariates {

    /** Capital-to-capital distance in km. */
    double distanceKm(int i, int j);

    /** Whether i and j are directly contiguous that year (COW direct contiguity, any type). */
    boolean contiguous(int i, int j);

    /** Absolute distance between the two UN ideal points that year, or NaN when either is missing. */
    double unDistance(int i, int j);
}
