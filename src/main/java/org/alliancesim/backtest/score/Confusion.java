package org.alliancesim.backtest.score;

/**
 * Counts of a binary forecast against what happened, possibly weighted (a bootstrap counts a
 * resampled year as often as it is drawn), with precision, recall and F1. A measure whose
 * denominator is 0 is NaN (undefined), never 0.
 *
 * @param tp predicted and observed
 * @param fp predicted, not observed
 * @param fn observed, not predicted
 * @param tn neither
 */
public record Confusion(double tp, double fp, double fn, double tn) {
    public static final Confusion EMPTY = new Confusion(0, 0, 0, 0);

    public static Confusion of(boolean predicted, boolean observed) {
        return new Confusion(predicted && observed ? 1 : 0, predicted && !observed ? 1 : 0,
                !predicted && observed ? 1 : 0, !predicted && !observed ? 1 : 0);
    }

    public Confusion plus(Confusion o) {
        return new Confusion(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
    }

    public Confusion times(double w) {
        return new Confusion(tp * w, fp * w, fn * w, tn * w);
    }

    /** Share of predicted cases that happened: tp / (tp + fp). */
    public double precision() {
        return tp + fp == 0 ? Double.NaN : tp / (tp + fp);
    }

    /** Share of observed cases predicted: tp / (tp + fn). */
    public double recall() {
        return tp + fn == 0 ? Double.NaN : tp / (tp + fn);
    }

    /**
     * The harmonic mean of precision and recall, 2tp / (2tp + fp + fn): 0 when cases were observed or
     * predicted and none was hit, NaN when nothing was observed or predicted.
     */
    public double f1() {
        double d = 2 * tp + fp + fn;
        return d == 0 ? Double.NaN : 2 * tp / d;
    }
}
