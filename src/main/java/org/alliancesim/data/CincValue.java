package org.alliancesim.data;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A computed Composite Index of National Capability for one state-year.
 *
 * @param cinc the index, empty when none of the six components is known for that state-year
 * @param componentsUsed how many of the six component shares were averaged (0 to 6)
 */
public record CincValue(int ccode, String stateabb, int year, OptionalDouble cinc, int componentsUsed) {
    public CincValue {
        Objects.requireNonNull(stateabb, "stateabb");
        Objects.requireNonNull(cinc, "cinc");
    }
}
