package org.alliancesim.world;

import java.util.Arrays;

/**
 * The rows of one live matrix as last frozen for a snapshot ({@link WorldInputs#snapshot}), with
 * the rows written since: a snapshot that keeps a row not written since its last clone shares
 * that clone, whatever the snapshots in between kept, so a row is cloned only when it was written
 * and its values moved. A written row equal to its clone bit for bit ({@link Arrays#equals}) is
 * shared as well: a frozen row is never written, so sharing it is the same as copying it.
 */
final class FrozenRows {
    /** Rows written since their clone was taken (all at first: nothing is cloned yet). */
    private final boolean[] written;
    /** The last clone of each row, or null. */
    private final double[][] frozen;

    FrozenRows(int n) {
        this.written = new boolean[n];
        this.frozen = new double[n][];
        Arrays.fill(written, true);
    }

    /** Row i of the live matrix is about to be written (call it before the write). */
    void written(int i) {
        written[i] = true;
    }

    /**
     * The rows of a frozen copy of {@code live}: every row marked in {@code keep} (all when null)
     * holds live's current values; a row left out is its last clone when not written since, else
     * null (a reader that asks only for kept rows never sees the difference).
     */
    double[][] freeze(double[][] live, boolean[] keep) {
        double[][] rows = new double[live.length][];
        for (int i = 0; i < live.length; i++) {
            if (keep == null || keep[i]) {
                if (written[i]) {
                    double[] f = frozen[i];
                    if (f == null || !Arrays.equals(f, live[i])) {
                        frozen[i] = live[i].clone();
                    }
                    written[i] = false;
                }
                rows[i] = frozen[i];
            } else {
                rows[i] = written[i] ? null : frozen[i];
            }
        }
        return rows;
    }
}
