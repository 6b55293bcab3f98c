package org.alliancesim.experiment.design;

import java.util.ArrayList;
import java.util.List;

/**
 * A full factorial grid: every combination of every parameter's values, the first parameter
 * varying slowest (as nested loops read in the sweep file's order).
 */
public final class GridDesign implements Design {
    private final List<double[]> levels;

    /** @param levels each parameter's values, in order */
    public GridDesign(List<double[]> levels) {
        this.levels = List.copyOf(levels);
    }

    /** The values from {@code from} to {@code to} (inclusive, within rounding) by {@code step}. */
    public static double[] range(double from, double to, double step) {
        if (!(step > 0) || to < from) {
            throw new IllegalArgumentException("a range needs step > 0 and from <= to");
        }
        int n = (int) Math.floor((to - from) / step + 1e-9) + 1;
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = clean(from + k * step);
        }
        return out;
    }

    /** Removes floating-point dust (0.30000000000000004 becomes 0.3) so values print as written. */
    static double clean(double v) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.10g", v));
    }

    /** How many points the grid has (a long: grids can be larger than a list can hold). */
    @Override
    public long size() {
        return size(levels);
    }

    public static long size(List<double[]> levels) {
        long n = 1;
        for (double[] l : levels) {
            n = Math.multiplyExact(n, l.length);
        }
        return n;
    }

    @Override
    public List<double[]> points() {
        int n = Math.toIntExact(size(levels));
        List<double[]> out = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            out.add(point(p));
        }
        return out;
    }

    @Override
    public java.util.Iterator<double[]> iterator() {
        long n = size(levels);
        return new java.util.Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < n;
            }

            @Override
            public double[] next() {
                if (next >= n) {
                    throw new java.util.NoSuchElementException();
                }
                return point(next++);
            }
        };
    }

    /** Point {@code p}: the first parameter varies slowest. */
    private double[] point(long p) {
        int d = levels.size();
        double[] point = new double[d];
        long rest = p;
        for (int k = d - 1; k >= 0; k--) {
            double[] l = levels.get(k);
            point[k] = l[(int) (rest % l.length)];
            rest /= l.length;
        }
        return point;
    }

    @Override
    public String name() {
        return "grid";
    }

    @Override
    public boolean sampled() {
        return false;
    }
}
