package org.alliancesim.backtest.score;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Cases sorted once by score, for threshold-free measures under many weightings (a bootstrap
 * weights each case by how often its year is drawn): ROC AUC with ties counted as half (the
 * Mann-Whitney statistic), and the ROC curve.
 */
public final class Ranking {
    private final int[] order;
    private final double[] score;
    private final boolean[] label;
    private final int[] group;

    /**
     * @param score the forecast's score of each case (higher = more likely)
     * @param label whether each case happened
     * @param group each case's group (its year), by which {@link #auc(double[])} weights cases
     */
    public Ranking(double[] score, boolean[] label, int[] group) {
        this.score = score.clone();
        this.label = label.clone();
        this.group = group.clone();
        this.order = IntStream.range(0, score.length).boxed()
                .sorted(Comparator.comparingDouble((Integer k) -> score[k]).thenComparingInt(k -> k))
                .mapToInt(Integer::intValue).toArray();
    }

    public int size() {
        return order.length;
    }

    /** AUC with every case weighing 1. */
    public double auc() {
        int groups = Arrays.stream(group).max().orElse(-1) + 1;
        double[] w = new double[groups];
        Arrays.fill(w, 1);
        return auc(w);
    }

    /**
     * The probability that a random positive case scores above a random negative one, ties
     * counting one half, each case weighted by {@code weightOfGroup[group]}; NaN without both kinds.
     */
    public double auc(double[] weightOfGroup) {
        double negBelow = 0;
        double sum = 0;
        double pos = 0;
        int k = 0;
        while (k < order.length) {
            int end = k;
            double p = 0;
            double n = 0;
            while (end < order.length && score[order[end]] == score[order[k]]) {
                int c = order[end];
                double w = weightOfGroup[group[c]];
                if (label[c]) {
                    p += w;
                } else {
                    n += w;
                }
                end++;
            }
            sum += p * (negBelow + 0.5 * n);
            negBelow += n;
            pos += p;
            k = end;
        }
        return pos == 0 || negBelow == 0 ? Double.NaN : sum / (pos * negBelow);
    }

    /** The ROC curve as {false positive rate, true positive rate} points, from (0,0) to (1,1), one per distinct score. */
    public double[][] roc() {
        double pos = 0;
        double neg = 0;
        for (boolean l : label) {
            if (l) {
                pos++;
            } else {
                neg++;
            }
        }
        java.util.List<double[]> pts = new java.util.ArrayList<>();
        pts.add(new double[] {0, 0});
        double tp = 0;
        double fp = 0;
        int k = order.length - 1;
        while (k >= 0) {
            double s = score[order[k]];
            while (k >= 0 && score[order[k]] == s) {
                if (label[order[k]]) {
                    tp++;
                } else {
                    fp++;
                }
                k--;
            }
            pts.add(new double[] {neg == 0 ? 0 : fp / neg, pos == 0 ? 0 : tp / pos});
        }
        return pts.toArray(double[][]::new);
    }
}
