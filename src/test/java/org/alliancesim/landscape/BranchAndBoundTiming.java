package org.alliancesim.landscape;

/**
 * Not a unit test: solves the random landscape of {@link LandscapeTiming#random} (sizes uniform
 * in [0, 1), propensities uniform in [-1, 1)) of each given size with {@link BranchAndBound}
 * and prints the global minimum, the nodes visited and the time. Run with
 * {@code java -cp target/classes:target/test-classes org.alliancesim.landscape.BranchAndBoundTiming 42 30 35 40}
 * (the first argument is the seed).
 */
public final class BranchAndBoundTiming {

    private BranchAndBoundTiming() {
    }

    public static void main(String[] args) {
        long seed = Long.parseLong(args[0]);
        for (int a = 1; a < args.length; a++) {
            int n = Integer.parseInt(args[a]);
            Landscape landscape = LandscapeTiming.random(n, seed);
            long t0 = System.nanoTime();
            BranchAndBound.Outcome o = new BranchAndBound(Long.MAX_VALUE).solve(landscape);
            long t1 = System.nanoTime();
            System.out.printf("N=%d seed %d: E=%.10f %s proven=%s nodes=%d %.3f s%n", n, seed, o.energy(),
                    o.configuration(), o.proven(), o.nodes(), (t1 - t0) / 1e9);
        }
    }
}
