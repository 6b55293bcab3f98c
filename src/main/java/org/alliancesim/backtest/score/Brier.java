package org.alliancesim.backtest.score;

/** The Brier score: the mean squared difference between a forecast probability and the outcome (0 or 1); lower is better. */
public final class Brier {
    private Brier() {
    }

    /** The squared error of one case. */
    public static double error(double probability, boolean observed) {
        double d = probability - (observed ? 1 : 0);
        return d * d;
    }

    public static double score(double[] probability, boolean[] observed) {
        if (probability.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (int k = 0; k < probability.length; k++) {
            s += error(probability[k], observed[k]);
        }
        return s / probability.length;
    }
}
