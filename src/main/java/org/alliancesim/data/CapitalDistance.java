package org.alliancesim.data;

import java.util.Objects;

/**
 * One directed dyad of the Gleditsch and Ward capital-distance data: kilometres between the capital
 * of state {@code a} and that of state {@code b}, with the abbreviations the file uses.
 */
public record CapitalDistance(int ccodeA, String abbA, int ccodeB, String abbB, double km) {
    public CapitalDistance {
        Objects.requireNonNull(abbA, "abbA");
        Objects.requireNonNull(abbB, "abbB");
    }
}
