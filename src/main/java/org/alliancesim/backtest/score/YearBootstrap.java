package org.alliancesim.backtest.score;

import java.util.Arrays;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * A bootstrap over years: each replicate draws as many years as the span has, with replacement,
 * and counts each dyad-year as often as its year is drawn. Resampling whole years keeps every
 * dependence between the dyads of a year (a bloc forms or breaks at once) inside the replicate,
 * which resampling dyads would break (the usual block bootstrap argument; Efron and Tibshirani
 * 1993, ch. 8). Replicates are drawn from one seeded stream, so the same seed gives the same
 * intervals; every forecast is scored on the same replicates (paired comparisons).
 */
public final class YearBootstrap {
    private final double[][] weights;

    /**
     * @param years how many years the span has (groups 0..years-1)
     * @param replicates how many replicates
     * @param seed the stream's seed
     */
    public YearBootstrap(int years, int replicates, long seed) {
        MersenneTwister rng = new MersenneTwister(seed);
        weights = new double[replicates][years];
        for (double[] w : weights) {
            for (int k = 0; k < years; k++) {
                w[rng.nextInt(years)]++;
            }
        }
    }

    public int replicates() {
        return weights.length;
    }

    /** The weight (draw count) of each year in replicate {@code r}. */
    public double[] weights(int r) {
        return weights[r].clone();
    }

    /** The weights of every replicate, in order (a copy). */
    public double[][] allWeights() {
        double[][] out = new double[weights.length][];
        for (int r = 0; r < out.length; r++) {
            out[r] = weights[r].clone();
        }
        return out;
    }

    /**
     * The 95% percentile interval of a statistic over the replicates ({2.5%, 97.5%} quantiles,
     * by the nearest-rank rule), skipping replicates where it is undefined; {NaN, NaN} when more
     * than half are undefined.
     */
    public static double[] interval(double[] values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0 || v.length * 2 < values.length) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {rank(v, 0.025), rank(v, 0.975)};
    }

    private static double rank(double[] sorted, double q) {
        int k = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, k))];
    }
}
