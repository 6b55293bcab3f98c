package org.alliancesim.history;

import java.util.OptionalDouble;
import org.alliancesim.data.RegimeScores;

/**
 * Regime type in three bins, the identity trait {@code regime}:
 *
 * <ul>
 *   <li>from Polity's {@code polity2} where present: democracy 6 to 10, autocracy -10 to -6,
 *       anocracy between (the bins of the Polity IV user's manual, Marshall, Gurr and Jaggers);
 *   <li>else from V-Dem's polyarchy: democracy at or above {@code vdemDemocracy}, autocracy below
 *       {@code vdemAutocracy}, anocracy between;
 *   <li>else no trait (the state names no regime and shares none).
 * </ul>
 *
 * Polity comes first because its three bins are the standard ones; V-Dem covers more
 * state-years, so it fills Polity's gaps (e.g. small states before 1900).
 */
final class RegimeBins {
    static final String DEMOCRACY = "democracy";
    static final String ANOCRACY = "anocracy";
    static final String AUTOCRACY = "autocracy";
    private static final double POLITY_DEMOCRACY = 6;
    private static final double POLITY_AUTOCRACY = -6;

    private final MappingParams p;
    private final RegimeScores scores;

    RegimeBins(MappingParams p, RegimeScores scores) {
        this.p = p;
        this.scores = scores;
    }

    /** The bin, or null when neither source scores the state that year. */
    String bin(int ccode, int year) {
        OptionalDouble polity = scores.polity2(ccode, year);
        if (polity.isPresent()) {
            double v = polity.getAsDouble();
            return v >= POLITY_DEMOCRACY ? DEMOCRACY : v <= POLITY_AUTOCRACY ? AUTOCRACY : ANOCRACY;
        }
        OptionalDouble vdem = scores.polyarchy(ccode, year);
        if (vdem.isPresent()) {
            double v = vdem.getAsDouble();
            return v >= p.vdemDemocracy() ? DEMOCRACY : v < p.vdemAutocracy() ? AUTOCRACY : ANOCRACY;
        }
        return null;
    }
}
