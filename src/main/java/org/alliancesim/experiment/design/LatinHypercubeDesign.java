package org.alliancesim.experiment.design;

import java.util.ArrayList;
import java.util.List;
import ec.util.MersenneTwisterFast;

/**
 * A Latin hypercube sample of {@code n} points (McKay, Beckman and Conover 1979): each parameter's
 * range is cut into {@code n} equal strata and every stratum holds exactly one point, at a uniform
 * random position within it; the strata of different parameters are paired by independent random
 * permutations. Seeded, so the design is the same on every run of the sweep.
 */
public final class LatinHypercubeDesign extends SampledDesign {
    private final long seed;

    public LatinHypercubeDesign(int n, double[] min, double[] max, boolean[] round, long seed) {
        super(n, min, max, round);
        this.seed = seed;
    }

    @Override
    public List<double[]> unitPoints() {
        List<double[]> out = new ArrayList<>(n);
        unitIterator().forEachRemaining(out::add);
        return out;
    }

    /** The strata columns are drawn first (d x n numbers, not n arrays); points are made one at a time. */
    @Override
    protected java.util.Iterator<double[]> unitIterator() {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        int d = min.length;
        double[][] cols = new double[d][n];
        for (int k = 0; k < d; k++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            for (int i = 0; i < n; i++) {
                cols[k][i] = (perm[i] + rng.nextDouble()) / n;
            }
        }
        return new java.util.Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public double[] next() {
                if (i >= n) {
                    throw new java.util.NoSuchElementException();
                }
                double[] p = new double[d];
                for (int k = 0; k < d; k++) {
                    p[k] = cols[k][i];
                }
                i++;
                return p;
            }
        };
    }

    @Override
    public String name() {
        return "latin-hypercube";
    }
}
