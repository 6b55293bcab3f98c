package org.alliancesim.landscape;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exact analysis of a landscape (Axelrod and Bennett, BJPolS 23(2), 1993) for up to
 * {@value #MAX_ACTORS} actors: every local minimum and the exact size of its basin of attraction.
 *
 * <p><b>Enumeration.</b> With actor 0 fixed on side A there are {@code 2^(N-1)} distinct
 * configurations; configuration index {@code g} has bit {@code i-1} set when actor {@code i}
 * is on side B. They are visited in binary-reflected Gray-code order, so consecutive
 * configurations differ by one actor and the {@link SwitchGains} vector is updated in O(N)
 * rather than recomputed in O(N^2). A configuration is a local minimum when no single actor's
 * switch lowers the energy by more than {@link Landscape#tolerance()}. Gains are recomputed from
 * scratch every {@value #RESYNC_INTERVAL} steps so rounding error cannot accumulate.
 *
 * <p><b>Basins.</b> From any configuration, steepest descent repeatedly makes the single switch
 * with the largest strict energy drop (ties, within the tolerance, go to the lowest actor
 * index) until it reaches a local minimum. A minimum's basin is the share of all
 * {@code 2^(N-1)} configurations whose descent ends there. During enumeration each
 * configuration's descent successor is stored once in an {@code int[2^(N-1)]} (64 MB at
 * N = 25); switching actor 0 maps to the complement of the other actors, which keeps actor 0 on
 * side A. Destinations are then resolved with path compression, so every configuration is
 * followed only once. Every step strictly lowers the energy, so descent paths never cycle.
 */
public final class ExactEnumerator {

    /** Largest number of actors handled; 25 actors need a 64 MB successor table. */
    public static final int MAX_ACTORS = 25;

    static final int RESYNC_INTERVAL = 4096;

    /**
     * @param landscape a landscape with at most {@value #MAX_ACTORS} actors
     * @return every local minimum with its exact basin share, lowest energy first
     */
    public LandscapeResult enumerate(Landscape landscape) {
        int n = landscape.actorCount();
        if (n > MAX_ACTORS) {
            throw new IllegalArgumentException("exact enumeration handles at most " + MAX_ACTORS
                    + " actors, got " + n + "; use DescentSearcher");
        }
        int count = 1 << (n - 1);
        int[] next = new int[count];
        int[] minima = successors(landscape, next);
        long[] basin = new long[minima.length];
        resolve(next, basin);
        Map<Configuration, Long> counts = new LinkedHashMap<>();
        for (int id = 0; id < minima.length; id++) {
            counts.put(Configuration.fromIndex(n, minima[id]), basin[id]);
        }
        return LandscapeResult.fromCounts(landscape, LandscapeResult.Method.EXACT, counts, count);
    }

    /**
     * Fills {@code next[g]} with the steepest-descent successor of every configuration, or with
     * {@code -(id + 1)} if {@code g} is the local minimum number {@code id}.
     *
     * @return the index of every local minimum, by id
     */
    static int[] successors(Landscape landscape, int[] next) {
        int n = landscape.actorCount();
        int count = next.length;
        int complementOthers = count - 1;
        double tolerance = landscape.tolerance();
        SwitchGains gains = new SwitchGains(landscape, new boolean[n]);
        int[] minima = new int[16];
        int found = 0;
        int g = 0;
        for (int t = 0; t < count; t++) {
            if (t > 0) {
                int actor = Integer.numberOfTrailingZeros(t) + 1;
                gains.flip(actor);
                g ^= 1 << (actor - 1);
                if ((t & (RESYNC_INTERVAL - 1)) == 0) {
                    gains.recompute();
                }
            }
            int move = gains.steepestMove(tolerance);
            if (move < 0) {
                if (found == minima.length) {
                    minima = Arrays.copyOf(minima, found * 2);
                }
                minima[found++] = g;
                next[g] = -found;
            } else if (move == 0) {
                next[g] = g ^ complementOthers;
            } else {
                next[g] = g ^ (1 << (move - 1));
            }
        }
        return Arrays.copyOf(minima, found);
    }

    /**
     * Replaces every successor with its final destination {@code -(id + 1)}, following each
     * chain once (path compression), and counts basin sizes per minimum id.
     */
    static void resolve(int[] next, long[] basin) {
        int[] path = new int[64];
        for (int start = 0; start < next.length; start++) {
            int length = 0;
            int g = start;
            while (next[g] >= 0) {
                if (length == path.length) {
                    if (length >= next.length) {
                        throw new IllegalStateException("descent did not terminate");
                    }
                    path = Arrays.copyOf(path, length * 2);
                }
                path[length++] = g;
                g = next[g];
            }
            int dest = next[g];
            for (int i = 0; i < length; i++) {
                next[path[i]] = dest;
            }
            basin[-dest - 1]++;
        }
    }
}
