package org.alliancesim.backtest;

import java.util.ArrayList;
import java.util.List;
import org.alliancesim.backtest.score.Ranking;

/**
 * A forecast's ROC curve over a whole span, as the charts draw it: its AUC and at most about 400
 * points (the curve's shape at a chart's resolution). Made by the scorer from the ranking it sorts
 * anyway, so the charts need not sort the cases again.
 *
 * @param auc ROC AUC, ties counting one half
 * @param points {false positive rate, true positive rate}, from (0,0) to (1,1)
 */
public record RocCurve(double auc, List<double[]> points) {

    /** The curve of a ranking of the scored cases. */
    static RocCurve of(Ranking rk) {
        return new RocCurve(rk.auc(), thin(rk.roc()));
    }

    /** The curve of a forecast of a target over every row it scores. */
    static RocCurve of(DyadFrame f, Forecast fc, boolean defence) {
        List<Integer> rows = new ArrayList<>();
        for (int k = 0; k < f.rows(); k++) {
            if (fc.defined()[k]) {
                rows.add(k);
            }
        }
        double[] sc = rows.stream().mapToDouble(k -> fc.score()[k]).toArray();
        boolean[] lab = new boolean[rows.size()];
        for (int k = 0; k < lab.length; k++) {
            lab[k] = f.observed(rows.get(k), defence);
        }
        return of(new Ranking(sc, lab, new int[sc.length]));
    }

    /** Points at least 0.0025 apart (and the last one). */
    private static List<double[]> thin(double[][] pts) {
        List<double[]> out = new ArrayList<>();
        double[] last = null;
        for (int k = 0; k < pts.length; k++) {
            double[] p = pts[k];
            if (last == null || k == pts.length - 1 || Math.hypot(p[0] - last[0], p[1] - last[1]) > 0.0025) {
                out.add(p);
                last = p;
            }
        }
        return List.copyOf(out);
    }
}
