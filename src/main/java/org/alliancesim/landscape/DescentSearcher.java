package org.alliancesim.landscape;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Sampling analysis of a landscape (Axelrod and Bennett, BJPolS 23(2), 1993) for any number of
 * actors, used when exact enumeration of {@code 2^(N-1)} configurations is out of reach.
 *
 * <p>Each of {@code starts} runs draws every actor's side uniformly at random (a uniform draw
 * over the {@code 2^(N-1)} partitions, since a configuration and its complement are the same
 * partition) and then applies the same steepest single-actor descent as
 * {@link ExactEnumerator}: switch the actor whose move lowers the energy most (ties within
 * {@link Landscape#tolerance()} to the lowest index) until no switch strictly lowers it. The
 * result lists the distinct minima reached, each with its basin estimated as the share of
 * starts that ended there. Minima with small basins may be missed, so rank 1 is the lowest
 * minimum <em>found</em>, not necessarily the global one. Deterministic for a given seed.
 */
public final class DescentSearcher {

    private final int starts;
    private final long seed;

    /**
     * @param starts number of random starting configurations, at least 1
     * @param seed   seed of the {@link SplittableRandom} that draws them
     */
    public DescentSearcher(int starts, long seed) {
        if (starts < 1) {
            throw new IllegalArgumentException("starts must be at least 1: " + starts);
        }
        this.starts = starts;
        this.seed = seed;
    }

    /**
     * @param landscape any landscape
     * @return distinct minima reached, lowest energy first, basins as shares of starts
     */
    public LandscapeResult search(Landscape landscape) {
        return LandscapeResult.fromCounts(landscape, LandscapeResult.Method.DESCENT, counts(landscape), starts);
    }

    /** @return how many starts ended in each minimum reached */
    Map<Configuration, Long> counts(Landscape landscape) {
        int n = landscape.actorCount();
        double tolerance = landscape.tolerance();
        SplittableRandom random = new SplittableRandom(seed);
        Map<Configuration, Long> counts = new HashMap<>();
        boolean[] onB = new boolean[n];
        for (int s = 0; s < starts; s++) {
            for (int i = 0; i < n; i++) {
                onB[i] = random.nextBoolean();
            }
            SwitchGains gains = new SwitchGains(landscape, onB);
            descend(gains, tolerance);
            counts.merge(gains.configuration(), 1L, Long::sum);
        }
        return counts;
    }

    /** @return the number of random starts */
    int starts() {
        return starts;
    }

    /** Steepest descent to a local minimum; re-checks with fresh gains before stopping. */
    static void descend(SwitchGains gains, double tolerance) {
        while (true) {
            int move;
            while ((move = gains.steepestMove(tolerance)) >= 0) {
                gains.flip(move);
            }
            gains.recompute();
            if (gains.steepestMove(tolerance) < 0) {
                return;
            }
        }
    }
}
