package org.alliancesim.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.model.Cause;
import org.alliancesim.model.TieChange;

/**
 * How often one focal tie ended over a set of replications, when, and why: the simulated
 * counterpart of one cell of the paper's Table 4 (docs/theory.md). A tie ends when it falls to
 * {@code none} after standing ({@link Replication.Result#endStep(int)}); its cause is the one
 * attributed to that last fall ({@link Replication.Result#ending(int)}).
 */
public final class Endings {
    private final int pair;
    private int replications;
    private int stood;
    private final List<Integer> endSteps = new ArrayList<>();
    private final Map<Cause, Integer> causes = new EnumMap<>(Cause.class);

    /** @param pair the index of the focal pair in {@link Replication.Result#focalPairs()} */
    public Endings(int pair) {
        this.pair = pair;
    }

    /** Takes one replication. */
    public void add(Replication.Result r) {
        replications++;
        Replication.FocalPair p = r.focalPairs().get(pair);
        if (r.changes().stream().anyMatch(c -> p.matches(c.a(), c.b()))) {
            stood++;
        }
        int end = r.endStep(pair);
        if (end >= 0) {
            endSteps.add(end);
            TieChange last = r.ending(pair);
            Cause c = last.cause() == null ? Cause.OTHER : last.cause();
            causes.merge(c, 1, Integer::sum);
        }
    }

    public int replications() {
        return replications;
    }

    /**
     * Replications in which the tie stood above {@code none} at some point: it changed level at
     * least once (a tie declared at step 0 that falls counts too).
     */
    public int stood() {
        return stood;
    }

    public int ended() {
        return endSteps.size();
    }

    /** Share of replications in which the tie ended, in [0,1]; 0 with no replications. */
    public double endedShare() {
        return replications == 0 ? 0 : endSteps.size() / (double) replications;
    }

    /**
     * The median step at which the tie ended, over the replications where it did (with an even
     * count, the lower of the two middle steps, so that it is a step that occurred); -1 if never.
     */
    public int medianEndStep() {
        if (endSteps.isEmpty()) {
            return -1;
        }
        List<Integer> sorted = new ArrayList<>(endSteps);
        Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** The most frequent cause of the ending (ties go to the earlier cause in {@link Cause}); null if never. */
    public Cause dominantCause() {
        Cause best = null;
        for (Map.Entry<Cause, Integer> e : causes.entrySet()) {
            if (best == null || e.getValue() > causes.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** How many endings were attributed to {@code c}. */
    public int count(Cause c) {
        return causes.getOrDefault(c, 0);
    }
}
