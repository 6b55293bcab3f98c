package org.alliancesim.world;

/** The realised commitment of every pair, in [0,1], symmetric: what the assessment reads of the ties. */
public interface Commitments {

    /** No ties at all. */
    Commitments NONE = (i, j) -> 0;

    double commitment(int i, int j);
}
