package org.alliancesim.importer;

import java.util.Map;
import org.alliancesim.data.Capital;

/**
 * One state as imported for step 0.
 *
 * @param id COW abbreviation
 * @param ccode COW code
 * @param name display name (UN data's country name when given, else the abbreviation)
 * @param capital capital from the bundled table
 * @param power population, economy, military in percent of the world ({@link CowPower})
 * @param cinc COW's CINC recomputed from the year's whole system (NaN if none)
 * @param perceives proxy intents toward others by id ({@link IntentProxy}); empty without ideal points
 */
record ImportedState(String id, int ccode, String name, Capital capital, double[] power, double cinc,
                     Map<String, Double> perceives) {
}
