package org.alliancesim.bench;

import java.util.Arrays;

/**
 * Repeated timings of one quantity, summarised by the median (robust to the other jobs sharing
 * the machine) and the range.
 *
 * @param values the measurements, in the order taken
 */
public record Samples(double[] values) {

    public Samples {
        if (values.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        values = values.clone();
    }

    public double median() {
        double[] s = sorted();
        int k = s.length / 2;
        return s.length % 2 == 1 ? s[k] : (s[k - 1] + s[k]) / 2;
    }

    public double min() {
        return sorted()[0];
    }

    public double max() {
        double[] s = sorted();
        return s[s.length - 1];
    }

    /** The same samples multiplied by a factor (e.g. to change units). */
    public Samples times(double f) {
        double[] v = values.clone();
        for (int k = 0; k < v.length; k++) {
            v[k] *= f;
        }
        return new Samples(v);
    }

    private double[] sorted() {
        double[] s = values.clone();
        Arrays.sort(s);
        return s;
    }
}
