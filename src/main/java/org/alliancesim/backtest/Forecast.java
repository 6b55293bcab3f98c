package org.alliancesim.backtest;

import java.util.List;
import java.util.Map;
import org.alliancesim.world.Level;

/**
 * One forecast of a target over a {@link DyadFrame}'s rows: a yes/no prediction (scored by
 * precision, recall and F1) and a score in [0,1] (scored by ROC AUC and, read as a probability,
 * by the Brier score). A theory's forecast is its level and commitment; a baseline's is computed
 * by {@link Baselines}. Rows a forecast does not cover (UN voting before 1946) are not scored.
 *
 * @param name the theory or {@code baseline:...}
 * @param predicted the yes/no forecast per row
 * @param score the score per row
 * @param defined whether the row is scored
 * @param changes whether formations and terminations are scored (false for last year's alliances,
 *     which by construction never predicts a change)
 */
public record Forecast(String name, boolean[] predicted, double[] score, boolean[] defined, boolean changes) {

    /**
     * A theory's forecast of a target: any obligation is a level above none, a defence pact an
     * alliance; the score is the commitment.
     */
    public static Forecast theory(String name, List<YearPrediction> years, DyadFrame frame, boolean defence) {
        int n = frame.rows();
        boolean[] pred = new boolean[n];
        double[] score = new double[n];
        int r = 0;
        for (YearPrediction y : years) {
            for (int k = 0; k < y.levels().length; k++, r++) {
                pred[r] = defence ? y.levels()[k] == Level.ALLIANCE : y.levels()[k] != Level.NONE;
                score[r] = y.commitments()[k];
            }
        }
        if (r != n) {
            throw new IllegalStateException(name + " predicts " + r + " dyad-years, the span has " + n);
        }
        boolean[] all = new boolean[n];
        java.util.Arrays.fill(all, true);
        return new Forecast(name, pred, score, all, true);
    }

    /** The theories' forecasts, in order. */
    public static List<Forecast> theories(Map<String, List<YearPrediction>> runs, DyadFrame frame, boolean defence) {
        return runs.entrySet().stream().map(e -> theory(e.getKey(), e.getValue(), frame, defence)).toList();
    }
}
