package org.alliancesim.landscape;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deliberately naive landscape analysis used only to check {@link ExactEnumerator}: all
 * {@code 2^N} configurations (actor 0 not fixed), energy recomputed from the definition for
 * every candidate move, local minima tested by trying every single switch, and steepest descent
 * run from every configuration. Shares no code with the production classes except the plain
 * input accessors of {@link Landscape}.
 */
final class BruteForceReference {

    /** Minima as A/B strings (actor 0 on A) with energies, and descent end counts over 2^N starts. */
    record Outcome(Map<String, Double> energies, Map<String, Long> basinCounts, long starts) {
    }

    private final int n;
    private final double[][] w;
    private final double tolerance;

    BruteForceReference(Landscape landscape) {
        n = landscape.actorCount();
        w = new double[n][n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    w[i][j] = landscape.size(i) * landscape.size(j) * landscape.propensity(i, j);
                    total += i < j ? Math.abs(w[i][j]) : 0;
                }
            }
        }
        tolerance = 1e-9 * total;
    }

    Outcome analyse() {
        Map<String, Double> energies = new TreeMap<>();
        Map<String, Long> counts = new HashMap<>();
        long starts = 1L << n;
        for (long mask = 0; mask < starts; mask++) {
            if (isLocalMinimum(mask)) {
                energies.put(name(mask), energy(mask));
            }
            counts.merge(name(descend(mask)), 1L, Long::sum);
        }
        return new Outcome(energies, counts, starts);
    }

    double energy(long mask) {
        double e = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (bit(mask, i) != bit(mask, j)) {
                    e += w[i][j];
                }
            }
        }
        return e;
    }

    boolean isLocalMinimum(long mask) {
        double e = energy(mask);
        for (int k = 0; k < n; k++) {
            if (energy(mask ^ (1L << k)) < e - tolerance) {
                return false;
            }
        }
        return true;
    }

    long descend(long mask) {
        while (true) {
            double e = energy(mask);
            double[] drop = new double[n];
            double min = 0;
            for (int k = 0; k < n; k++) {
                drop[k] = energy(mask ^ (1L << k)) - e;
                min = Math.min(min, drop[k]);
            }
            if (min >= -tolerance) {
                return mask;
            }
            int chosen = 0;
            while (drop[chosen] > min + tolerance) {
                chosen++;
            }
            mask ^= 1L << chosen;
        }
    }

    /** Frustration of actor i straight from the definition: sum over j apart of s_j p_ij. */
    static double frustration(Landscape l, String sides, int i) {
        double f = 0;
        for (int j = 0; j < sides.length(); j++) {
            if (j != i && sides.charAt(j) != sides.charAt(i)) {
                f += l.size(j) * l.propensity(i, j);
            }
        }
        return f;
    }

    private static boolean bit(long mask, int i) {
        return ((mask >>> i) & 1L) != 0;
    }

    private String name(long mask) {
        boolean flip = bit(mask, 0);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(bit(mask, i) ^ flip ? 'B' : 'A');
        }
        return sb.toString();
    }
}
