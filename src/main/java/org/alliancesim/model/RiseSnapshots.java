package org.alliancesim.model;

import java.util.Arrays;
import org.alliancesim.world.WorldInputs;

/**
 * The inputs as they stood when each tie last rose, which cause attribution reads when the tie
 * falls. One snapshot per step serves every pair that rose in it, taken after the commit loop (the
 * inputs do not change during the commit phase); it shares its unchanged rows with the previous
 * snapshot and keeps only the rows attribution can read: the states of the pairs that rose, and
 * every state with factions (a regime change reads its rows).
 */
final class RiseSnapshots {
    private final WorldInputs inputs;
    private final String[] regimes;
    private final boolean[] factionStates;
    /** The rows the next snapshot keeps. */
    private final boolean[] rows;
    /** The last snapshot taken: the next one shares its unchanged rows. */
    private WorldInputs last;
    /** The pairs that rose this step, as a, b, a, b, ... */
    private int[] risen = new int[16];
    private int risenCount;

    /**
     * @param regimes the ruling factions, as the run moves them
     * @param factionStates which states have factions
     */
    RiseSnapshots(WorldInputs inputs, String[] regimes, boolean[] factionStates) {
        this.inputs = inputs;
        this.regimes = regimes;
        this.factionStates = factionStates;
        this.rows = factionStates.clone();
        this.last = inputs.snapshot(null);
    }

    /** The whole world as it is now (the peak of the scenario's initial ties). */
    InputSnapshot initial() {
        return new InputSnapshot(0, last, regimes.clone());
    }

    /** Notes that the tie of a and b rose this step. */
    void rose(int a, int b) {
        if (risenCount + 2 > risen.length) {
            risen = Arrays.copyOf(risen, 2 * risen.length);
        }
        risen[risenCount++] = a;
        risen[risenCount++] = b;
        rows[a] = true;
        rows[b] = true;
    }

    /** Takes one snapshot for the pairs that rose this step, if any, and sets it as their peak. */
    void takeFor(TieBook ties, int step) {
        if (risenCount == 0) {
            return;
        }
        last = inputs.snapshot(last, rows);
        InputSnapshot snapshot = new InputSnapshot(step, last, regimes.clone());
        for (int r = 0; r < risenCount; r += 2) {
            ties.setPeak(risen[r], risen[r + 1], snapshot);
            rows[risen[r]] = factionStates[risen[r]];
            rows[risen[r + 1]] = factionStates[risen[r + 1]];
        }
        risenCount = 0;
    }
}
