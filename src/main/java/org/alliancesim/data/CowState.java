package org.alliancesim.data;

import java.util.Objects;

/** A state as the Correlates of War project identifies it: numeric code and abbreviation. */
public record CowState(int ccode, String stateabb) {
    public CowState {
        Objects.requireNonNull(stateabb, "stateabb");
    }
}
