package org.alliancesim.model;

import java.util.Arrays;
import org.alliancesim.world.WorldInputs;

/**
 * The inputs as they stood when each tie last rose, which cause attribution reads when the tie
 * falls. One snapshot per step serves every pair that rose in it, taken after the commit loop (the
 * inputs do not change during the commit phase); it shares every row not written since it was last
 * frozen ({@link WorldInputs#snapshot(boolean[])}) and keeps only the rows attribution can read:
 * the states of the pairs that rose, and the states whose factions set some of their rows (a
 * regime change reads them, {@link CauseAttributor#regimeRows}).
 */
final class RiseSnapshots {
    private final WorldInputs inputs;
    private final String[] regimes;
    private final boolean[] regimeRows;
    /** The rows the next snapshot keeps. */
    private final boolean[] rows;
    /** The whole world at the start. */
    private final WorldInputs initial;
    /** The ruling factions of the last snapshot, shared by the next while they stand. */
    private String[] lastRegimes;
    /** The pairs that rose this step, as a, b, a, b, ... */
    private int[] risen = new int[16];
    private int risenCount;

    /**
     * @param regimes the ruling factions, as the run moves them
     * @param regimeRows the states whose rows a regime change reads
     */
    RiseSnapshots(WorldInputs inputs, String[] regimes, boolean[] regimeRows) {
        this.inputs = inputs;
        this.regimes = regimes;
        this.regimeRows = regimeRows;
        this.rows = regimeRows.clone();
        this.initial = inputs.snapshot();
        this.lastRegimes = regimes.clone();
    }

    /** The whole world as it was made (the peak of the scenario's initial ties). */
    InputSnapshot initial() {
        return new InputSnapshot(0, initial, lastRegimes);
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
        if (!Arrays.equals(lastRegimes, regimes)) {
            lastRegimes = regimes.clone();
        }
        InputSnapshot snapshot = new InputSnapshot(step, inputs.snapshot(rows), lastRegimes);
        for (int r = 0; r < risenCount; r += 2) {
            ties.setPeak(risen[r], risen[r + 1], snapshot);
            rows[risen[r]] = regimeRows[risen[r]];
            rows[risen[r + 1]] = regimeRows[risen[r + 1]];
        }
        risenCount = 0;
    }
}
