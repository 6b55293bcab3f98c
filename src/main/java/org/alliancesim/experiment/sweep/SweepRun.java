package org.alliancesim.experiment.sweep;

import java.util.List;
import org.alliancesim.experiment.TieOutcome;
import org.alliancesim.world.Level;

/**
 * One run of a sweep, as values: its design point, replication, seed and theory, and how each
 * focal tie fared ({@link SweepRunner#pairLabels()} order). The journal writes it as one line
 * ({@link JournalLine}); output/ turns journal lines into {@code runs.csv} and {@code points.csv}.
 */
public record SweepRun(int point, int replication, long seed, String theory, List<Pair> pairs) {
    public SweepRun {
        pairs = List.copyOf(pairs);
    }

    /**
     * One focal tie in the run.
     *
     * @param outcome when it first stood, whether and when that spell ended, and why
     * @param finalLevel its level at the last step
     * @param meanCommitment its commitment averaged over the run's steps
     */
    public record Pair(TieOutcome outcome, Level finalLevel, double meanCommitment) {
    }
}
