package org.alliancesim.experiment;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliancesim.model.NoiseTape;

/**
 * The perception noise of each replication, drawn once for all its theories ({@link NoiseTape}):
 * theories share a replication's seed, so they draw the same stream. A tape is made when the first
 * of the replication's runs starts and let go when the last has finished, within one budget of
 * draws for all the tapes alive at once. With one theory there is nothing to share and no tape.
 */
final class CommonNoise {
    private final int theories;
    private final NoiseTape.Budget budget;
    private final ConcurrentHashMap<Integer, Entry> tapes = new ConcurrentHashMap<>();

    private record Entry(NoiseTape tape, AtomicInteger left) {
    }

    /**
     * @param theories how many runs read each replication's tape
     * @param budget the draws the tapes may hold at once
     */
    CommonNoise(int theories, NoiseTape.Budget budget) {
        this.theories = theories;
        this.budget = budget;
    }

    /** Replication {@code rep}'s tape (its seed {@code seed}), or null with a single theory. */
    NoiseTape take(int rep, long seed) {
        return theories < 2 ? null : tapes.computeIfAbsent(rep, r -> new Entry(new NoiseTape(seed, budget),
                new AtomicInteger(theories))).tape();
    }

    /** One run of replication {@code rep} is done with its tape (each run calls this once, after {@link #take}). */
    void done(int rep) {
        Entry e = tapes.get(rep);
        if (e != null && e.left().decrementAndGet() == 0) {
            tapes.remove(rep, e);
            e.tape().release();
        }
    }
}
