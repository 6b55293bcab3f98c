package org.alliancesim.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random test landscapes; the seed decides both the data and its flavour. */
final class RandomLandscapes {

    private RandomLandscapes() {
    }

    /**
     * @param n    number of actors
     * @param seed seed; {@code seed % 3 == 0} gives small integers (sizes 0..3, propensities
     *             -2..2, so ties and zero weights are common and arithmetic is exact),
     *             {@code 1} gives real sizes in [0, 2) and propensities in [-1, 1),
     *             {@code 2} gives the same with about a fifth of sizes zero
     */
    static Landscape create(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int flavour = (int) Math.floorMod(seed, 3L);
        List<String> names = new ArrayList<>();
        double[] sizes = new double[n];
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            names.add("actor" + i);
            if (flavour == 0) {
                sizes[i] = r.nextInt(4);
            } else {
                sizes[i] = flavour == 2 && r.nextInt(5) == 0 ? 0.0 : r.nextDouble(2.0);
            }
            p[i][i] = r.nextDouble(); // diagonal is ignored
            for (int j = 0; j < i; j++) {
                double v = flavour == 0 ? r.nextInt(5) - 2 : r.nextDouble(-1.0, 1.0);
                p[i][j] = v;
                p[j][i] = v;
            }
        }
        return new Landscape(names, sizes, p);
    }

    /** @return a random number of actors in [lo, hi] drawn from the seed */
    static int actorCount(long seed, int lo, int hi) {
        return lo + new SplittableRandom(seed ^ 0x5DEECE66DL).nextInt(hi - lo + 1);
    }
}
