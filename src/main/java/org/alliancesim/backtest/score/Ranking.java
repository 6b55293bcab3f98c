package org.alliancesim.backtest.score;

import java.util.Arrays;

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
        this(score.clone(), label.clone(), group.clone(), sortedOrder(score));
    }

    private Ranking(double[] score, boolean[] label, int[] group, int[] order) {
        this.score = score;
        this.label = label;
        this.group = group;
        this.order = order;
    }

    /**
     * The cases {@code from} (inclusive) to {@code to} (exclusive) alone, their groups shifted down by
     * {@code groupOffset}, without sorting again.
     */
    public Ranking restrict(int from, int to, int groupOffset) {
        int n = to - from;
        double[] s = java.util.Arrays.copyOfRange(score, from, to);
        boolean[] l = java.util.Arrays.copyOfRange(label, from, to);
        int[] g = new int[n];
        for (int k = 0; k < n; k++) {
            g[k] = group[from + k] - groupOffset;
        }
        int[] o = new int[n];
        int m = 0;
        for (int c : order) {
            if (c >= from && c < to) {
                o[m++] = c - from;
            }
        }
        return new Ranking(s, l, g, o);
    }

    /**
     * The rankings {@code restrict(bounds[k], bounds[k + 1], groupOffsets[k])} would give for each
     * consecutive range of cases, from one pass over the sorted cases instead of one per range.
     */
    public Ranking[] split(int[] bounds, int[] groupOffsets) {
        int parts = bounds.length - 1;
        int[] partOf = new int[order.length];
        java.util.Arrays.fill(partOf, -1);
        int[][] orders = new int[parts][];
        for (int k = 0; k < parts; k++) {
            for (int c = bounds[k]; c < bounds[k + 1]; c++) {
                partOf[c] = k;
            }
            orders[k] = new int[bounds[k + 1] - bounds[k]];
        }
        int[] filled = new int[parts];
        for (int c : order) {
            int k = partOf[c];
            if (k >= 0) {
                orders[k][filled[k]++] = c - bounds[k];
            }
        }
        Ranking[] out = new Ranking[parts];
        for (int k = 0; k < parts; k++) {
            int from = bounds[k];
            int to = bounds[k + 1];
            int[] g = new int[to - from];
            for (int m = 0; m < g.length; m++) {
                g[m] = group[from + m] - groupOffsets[k];
            }
            out[k] = new Ranking(java.util.Arrays.copyOfRange(score, from, to),
                    java.util.Arrays.copyOfRange(label, from, to), g, orders[k]);
        }
        return out;
    }

    /**
     * Case indices sorted by score, ties by index: a stable radix sort on the scores' bits (eight
     * passes of a byte each), or, when a score is NaN, the stable merge sort {@link #mergeOrder}
     * (which keeps its own order for NaN). Both give the same order on scores without NaN
     * ({@code -0.0} counts as {@code 0.0}, as {@code <} has it).
     */
    static int[] sortedOrder(double[] score) {
        int n = score.length;
        if (n == 0) {
            return new int[0];
        }
        long[] key = new long[n];
        for (int k = 0; k < n; k++) {
            double v = score[k];
            if (Double.isNaN(v)) {
                return mergeOrder(score);
            }
            long bits = Double.doubleToRawLongBits(v == 0 ? 0.0 : v);
            key[k] = bits < 0 ? ~bits : bits ^ Long.MIN_VALUE; // unsigned order = numeric order
        }
        int[] a = new int[n];
        for (int k = 0; k < n; k++) {
            a[k] = k;
        }
        int[] b = new int[n];
        int[] count = new int[257];
        for (int shift = 0; shift < 64; shift += 8) {
            java.util.Arrays.fill(count, 0);
            for (int k = 0; k < n; k++) {
                count[(int) (key[a[k]] >>> shift & 0xff) + 1]++;
            }
            if (count[(int) (key[0] >>> shift & 0xff) + 1] == n) {
                continue; // every key has this byte alike: the pass would not move anything
            }
            for (int d = 0; d < 256; d++) {
                count[d + 1] += count[d];
            }
            for (int k = 0; k < n; k++) {
                b[count[(int) (key[a[k]] >>> shift & 0xff)]++] = a[k];
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    /** Case indices sorted by score, ties by index (a stable merge sort on primitives). */
    static int[] mergeOrder(double[] score) {
        int n = score.length;
        int[] a = new int[n];
        for (int k = 0; k < n; k++) {
            a[k] = k;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    b[k++] = score[a[j]] < score[a[i]] ? a[j++] : a[i++];
                }
                while (i < mid) {
                    b[k++] = a[i++];
                }
                while (j < hi) {
                    b[k++] = a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
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
     * Computed from the table of pair counts by group ({@link #tabulate}), so each weighting costs
     * groups squared, not a pass over the cases: {@code sum w_g w_h U[g][h] / (P_w N_w)}, where
     * {@code U[g][h]} counts (positive of group g, negative of group h) pairs ranked right.
     */
    public double auc(double[] weightOfGroup) {
        tabulate();
        double sum = 0;
        double p = 0;
        double n = 0;
        for (int g = 0; g < pairs.length; g++) {
            double wg = weightOfGroup[g];
            if (wg == 0) {
                continue;
            }
            p += wg * positives[g];
            n += wg * negatives[g];
            double row = 0;
            for (int h = 0; h < pairs.length; h++) {
                row += weightOfGroup[h] * pairs[g][h];
            }
            sum += wg * row;
        }
        return p == 0 || n == 0 ? Double.NaN : sum / (p * n);
    }

    private double[][] pairs;
    private double[] positives;
    private double[] negatives;

    /** One pass over the cases in score order: pair counts, positives and negatives by group. */
    private synchronized void tabulate() {
        if (pairs != null) {
            return;
        }
        int groups = Arrays.stream(group).max().orElse(-1) + 1;
        double[][] u = new double[groups][groups];
        double[] pos = new double[groups];
        double[] neg = new double[groups];
        double[] negBelow = new double[groups];
        double[] negTied = new double[groups];
        int[] posInBlock = new int[groups];
        int[] groupsInBlock = new int[groups];
        int k = 0;
        while (k < order.length) {
            int end = k;
            while (end < order.length && score[order[end]] == score[order[k]]) {
                int c = order[end];
                if (!label[c]) {
                    negTied[group[c]]++;
                }
                end++;
            }
            // the block's positives, by group: each adds the same pair counts, so a group's row
            // takes them times its count (counts and half counts, exact in a double)
            int touched = 0;
            for (int m = k; m < end; m++) {
                int c = order[m];
                if (label[c]) {
                    int g = group[c];
                    if (posInBlock[g]++ == 0) {
                        groupsInBlock[touched++] = g;
                    }
                }
            }
            for (int t = 0; t < touched; t++) {
                int g = groupsInBlock[t];
                double times = posInBlock[g];
                double[] row = u[g];
                for (int h = 0; h < groups; h++) {
                    row[h] += times * (negBelow[h] + 0.5 * negTied[h]);
                }
                pos[g] += times;
                posInBlock[g] = 0;
            }
            for (int m = k; m < end; m++) {
                int c = order[m];
                if (!label[c]) {
                    int g = group[c];
                    negBelow[g] += negTied[g];
                    neg[g] += negTied[g];
                    negTied[g] = 0;
                }
            }
            k = end;
        }
        positives = pos;
        negatives = neg;
        pairs = u;
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
