package org.alliancesim.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's maps keyed by state id laid out as rows indexed by state, for building the world's
 * matrices: one walk over each map's entries instead of a lookup per pair of states (a world of
 * 194 states has 37,442 pairs). Gives exactly what a lookup per column would give, duplicate ids
 * included (they take the slow way).
 */
final class Rows {
    private final String[] ids;
    private final Map<String, Integer> index = new HashMap<>();
    private final boolean unique;

    Rows(List<String> ids) {
        this.ids = ids.toArray(String[]::new);
        for (int k = 0; k < this.ids.length; k++) {
            index.putIfAbsent(this.ids[k], k);
        }
        unique = index.size() == this.ids.length;
    }

    /** {@code into[j]} = the value {@code m} gives state j's id, or {@code otherwise}. */
    void fill(Map<String, Double> m, double otherwise, double[] into) {
        Arrays.fill(into, otherwise);
        if (unique && m.size() < ids.length) {
            for (Map.Entry<String, Double> e : m.entrySet()) {
                Integer j = index.get(e.getKey());
                if (j != null) {
                    into[j] = e.getValue();
                }
            }
        } else {
            for (int j = 0; j < ids.length; j++) {
                into[j] = m.getOrDefault(ids[j], otherwise);
            }
        }
    }

    /** {@code into[j]} = what {@code m} gives state j's id, or null. */
    <T> void fill(Map<String, T> m, T[] into) {
        Arrays.fill(into, null);
        if (unique && m.size() < ids.length) {
            for (Map.Entry<String, T> e : m.entrySet()) {
                Integer j = index.get(e.getKey());
                if (j != null) {
                    into[j] = e.getValue();
                }
            }
        } else {
            for (int j = 0; j < ids.length; j++) {
                into[j] = m.get(ids[j]);
            }
        }
    }

    /**
     * Distances keyed {@code "A-B"} as a matrix: for i &lt; j, the value of {@code ids[i]-ids[j]}
     * if given, else that of {@code ids[j]-ids[i]}, else NaN (the lower triangle is unused).
     */
    double[][] distances(Map<String, Double> byPair) {
        int n = ids.length;
        double[][] forward = new double[n][n];
        double[][] backward = new double[n][n];
        for (double[] row : forward) {
            Arrays.fill(row, Double.NaN);
        }
        for (double[] row : backward) {
            Arrays.fill(row, Double.NaN);
        }
        if (!unique) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    Double km = byPair.get(ids[i] + "-" + ids[j]);
                    forward[i][j] = km != null ? km : byPair.getOrDefault(ids[j] + "-" + ids[i], Double.NaN);
                }
            }
            return forward;
        }
        for (Map.Entry<String, Double> e : byPair.entrySet()) {
            String key = e.getKey();
            // every split at a '-' whose two sides are ids: "A-B" names the pair (A, B)
            for (int at = key.indexOf('-'); at >= 0; at = key.indexOf('-', at + 1)) {
                Integer a = index.get(key.substring(0, at));
                Integer b = a == null ? null : index.get(key.substring(at + 1));
                if (b != null && !a.equals(b)) {
                    (a < b ? forward : backward)[Math.min(a, b)][Math.max(a, b)] = e.getValue();
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (Double.isNaN(forward[i][j])) {
                    forward[i][j] = backward[i][j];
                }
            }
        }
        return forward;
    }
}
