package org.alliancesim.world;

/** The realised commitment of every pair, in [0,1], symmetric: what the assessment reads of the ties. */
public interface Commitments {

    /** No ties at all. */
    Commitments NONE = (i, j) -> 0;

    double commitment(int i, int j);

    /** Copies i's row of commitments into {@code row} (0 on the diagonal). */
    default void copyRow(int i, double[] row) {
        for (int j = 0; j < row.length; j++) {
            row[j] = i == j ? 0 : commitment(i, j);
        }
    }
}
