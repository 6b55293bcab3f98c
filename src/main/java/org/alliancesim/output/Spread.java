package org.alliancesim.output;

/** The mean, lowest and highest value over replications at one step. */
public record Spread(double mean, double lowest, double highest) {

    /** The spread of {@code runs[r][t]} over replications r at step t. */
    public static Spread at(double[][] runs, int t) {
        double sum = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] run : runs) {
            sum += run[t];
            lo = Math.min(lo, run[t]);
            hi = Math.max(hi, run[t]);
        }
        return new Spread(sum / runs.length, lo, hi);
    }
}
