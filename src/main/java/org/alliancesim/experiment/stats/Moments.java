package org.alliancesim.experiment.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * One-pass mean, standard deviation and 95% confidence interval of an outcome (Commons Math's
 * {@link SummaryStatistics}, Welford's updating: no values are kept). The interval is Student's t
 * for means; for a share of 0/1 outcomes, use {@link #wilson} instead.
 */
public final class Moments {
    private final SummaryStatistics stats = new SummaryStatistics();

    public void add(double v) {
        stats.addValue(v);
    }

    public long n() {
        return stats.getN();
    }

    public double mean() {
        return stats.getN() == 0 ? Double.NaN : stats.getMean();
    }

    public double sd() {
        return stats.getN() < 2 ? Double.NaN : stats.getStandardDeviation();
    }

    /** The 95% t interval of the mean: [low, high], NaN with fewer than two values. */
    public double[] tInterval() {
        long n = stats.getN();
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        double half = t * stats.getStandardDeviation() / Math.sqrt(n);
        return new double[] {stats.getMean() - half, stats.getMean() + half};
    }

    /**
     * The Wilson score 95% interval of a share (Wilson 1927): unlike mean ± t·se it stays inside
     * [0, 1] and is not of zero width when every run agrees.
     */
    public static double[] wilson(long successes, long n) {
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double z = 1.959963984540054;
        double p = successes / (double) n;
        double denom = 1 + z * z / n;
        double centre = (p + z * z / (2.0 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
