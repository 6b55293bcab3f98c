package org.alliancesim.landscape;

import java.util.Arrays;

/**
 * Not a unit test: solves the random landscape of {@link LandscapeTiming#random} (sizes uniform
 * in [0, 1), propensities uniform in [-1, 1)) of each given size with {@link BranchAndBound}
 * and prints the global minimum, the nodes visited and the time. Run with
 * {@code java -cp target/classes:target/test-classes org.alliancesim.landscape.BranchAndBoundTiming 42 30 35 40}
 * (the first argument is the seed). With {@code --equal-sizes} first, every size is 1 (the same
 * propensities): a spin glass, the hardest case for the bound.
 */
public final class BranchAndBoundTiming {

    private BranchAndBoundTiming() {
    }

    public static void main(String[] args) {
        boolean equal = args[0].equals("--equal-sizes");
        int first = equal ? 1 : 0;
        long seed = Long.parseLong(args[first]);
        for (int a = first + 1; a < args.length; a++) {
            int n = Integer.parseInt(args[a]);
            Landscape landscape = LandscapeTiming.random(n, seed);
            if (equal) {
                double[][] p = new double[n][n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        p[i][j] = landscape.propensity(i, j);
                    }
                }
                double[] ones = new double[n];
                Arrays.fill(ones, 1.0);
                landscape = new Landscape(landscape.names(), ones, p);
            }
            long t0 = System.nanoTime();
            BranchAndBound.Outcome o = new BranchAndBound(Long.MAX_VALUE).solve(landscape);
            long t1 = System.nanoTime();
            System.out.printf("N=%d seed %d%s: E=%.10f %s proven=%s nodes=%d %.3f s%n", n, seed,
                    equal ? " (equal sizes)" : "", o.energy(), o.configuration(), o.proven(), o.nodes(), (t1 - t0) / 1e9);
        }
    }
}
