package org.alliancesim.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.alliancesim.backtest.atop.Obligation;
import org.alliancesim.backtest.score.LogisticRegression;

/**
 * The baselines every theory must beat, on the same dyad-years, each fitted on the training years
 * only ({@code year <= trainTo}) and then applied to every year:
 * <ul>
 * <li>{@code baseline:distance}: closer capitals, more likely tied (a logistic regression on
 *     log distance, so the score is a probability and its ranking that of distance);</li>
 * <li>{@code baseline:contiguity}: contiguous states tied (logistic on contiguity);</li>
 * <li>{@code baseline:un-voting}: closer UN ideal points, more likely tied; only dyad-years where
 *     both points exist (from 1946), and only when the training years have some;</li>
 * <li>{@code baseline:last-year}: the dyad is tied this year if ATOP records it tied last year
 *     (scored for ties in force, AUC and Brier only: it never predicts a change);</li>
 * <li>{@code baseline:logit}: a logistic regression on every covariate of {@link DyadFrame#COVARIATES}
 *     (distance, contiguity, UN distance with a missing indicator, both states' power, mean perceived
 *     intent).</li>
 * </ul>
 * A fitted baseline predicts "tied" for the dyad-years whose probability reaches the threshold at
 * which, on the training years, as many dyad-years are predicted tied as were observed tied
 * (base-rate matching), so its precision and recall are comparable with a theory's.
 */
public final class Baselines {
    private Baselines() {
    }

    /** The baselines of a target that can be fitted on the training years, with a note for each one that cannot. */
    public static List<Forecast> all(DyadFrame f, int trainTo, boolean defence, List<String> notes) {
        List<Forecast> out = new ArrayList<>();
        for (Supplier<Made> task : tasks(f, trainTo, defence)) {
            task.get().into(out, notes);
        }
        return out;
    }

    /**
     * A baseline made, or the note saying why it could not be.
     *
     * @param forecast the baseline, or null
     * @param note why there is none, or null
     */
    public record Made(Forecast forecast, String note) {
        /** Adds the forecast or the note. */
        public void into(List<Forecast> forecasts, List<String> notes) {
            if (forecast != null) {
                forecasts.add(forecast);
            } else {
                notes.add(note);
            }
        }
    }

    /**
     * The baselines of a target as independent tasks, in the order {@link #all} lists them (each
     * reads the frame only, so they may run on any threads).
     */
    public static List<Supplier<Made>> tasks(DyadFrame f, int trainTo, boolean defence) {
        boolean[] all = new boolean[f.rows()];
        Arrays.fill(all, true);
        boolean[] un = new boolean[f.rows()];
        for (int r = 0; r < un.length; r++) {
            un[r] = f.covariates[r][3] == 0;
        }
        return List.of(() -> fitted("baseline:distance", f, trainTo, defence, all, new int[] {0}),
                () -> fitted("baseline:contiguity", f, trainTo, defence, all, new int[] {1}),
                () -> fitted("baseline:un-voting", f, trainTo, defence, un, new int[] {2}),
                () -> new Made(lastYear(f, defence), null),
                () -> fitted("baseline:logit", f, trainTo, defence, all, new int[] {0, 1, 2, 3, 4, 5, 6}));
    }

    static Forecast lastYear(DyadFrame f, boolean defence) {
        int n = f.rows();
        boolean[] pred = new boolean[n];
        double[] score = new double[n];
        boolean[] defined = new boolean[n];
        for (int r = 0; r < n; r++) {
            int b = f.observedBefore[r];
            defined[r] = b >= 0;
            pred[r] = b > 0 && (!defence || Obligation.defence(b));
            score[r] = pred[r] ? 1 : 0;
        }
        return new Forecast("baseline:last-year", pred, score, defined, false);
    }

    private static Made fitted(String name, DyadFrame f, int trainTo, boolean defence, boolean[] defined,
                               int[] columns) {
        List<double[]> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        for (int r = 0; r < f.rows(); r++) {
            if (defined[r] && f.year(r) <= trainTo) {
                xs.add(select(f.covariates[r], columns));
                ys.add(f.observed(r, defence));
            }
        }
        long positives = ys.stream().filter(b -> b).count();
        if (xs.isEmpty() || positives == 0 || positives == ys.size()) {
            return new Made(null, name + " (" + (defence ? "defence pacts" : "any obligation") + "): not fitted, the"
                    + " training years have " + (xs.isEmpty() ? "no dyad-year it covers" : "no variation in the outcome"));
        }
        boolean[] y = new boolean[ys.size()];
        for (int k = 0; k < y.length; k++) {
            y[k] = ys.get(k);
        }
        LogisticRegression lr = LogisticRegression.fit(xs.toArray(double[][]::new), y);
        double[] trainScores = xs.stream().mapToDouble(lr::probability).toArray();
        double threshold = matchingThreshold(trainScores, positives);
        int n = f.rows();
        boolean[] pred = new boolean[n];
        double[] score = new double[n];
        for (int r = 0; r < n; r++) {
            if (defined[r]) {
                score[r] = lr.probability(select(f.covariates[r], columns));
                pred[r] = score[r] >= threshold;
            }
        }
        return new Made(new Forecast(name, pred, score, defined.clone(), true), null);
    }

    /** The score of the {@code positives}-th highest training case: at least that many are predicted tied. */
    static double matchingThreshold(double[] scores, long positives) {
        if (positives <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double[] s = scores.clone();
        Arrays.sort(s);
        return s[(int) Math.max(0, s.length - positives)];
    }

    private static double[] select(double[] row, int[] columns) {
        double[] x = new double[columns.length];
        for (int k = 0; k < columns.length; k++) {
            x[k] = row[columns[k]];
        }
        return x;
    }
}
