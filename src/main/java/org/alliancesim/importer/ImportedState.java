package org.alliancesim.importer;

import org.alliancesim.history.IntentProxy;
import org.alliancesim.history.CowPower;
import java.util.Map;
import org.alliancesim.data.Capital;

/**
 * One state as imported for step 0.
 *
 * @param id COW abbreviation
 * @param ccode COW code
 * @param name display name (UN data's country name when given, else the abbreviation)
 * @param capital capital that year (dated table with {@code --data}, else the bundled table)
 * @param power population, economy, military in percent of the world ({@link CowPower})
 * @param cinc COW's CINC recomputed from the year's whole system (NaN if none)
 * @param perceives proxy intents toward others by id ({@link IntentProxy}); empty without ideal points
 * @param fields further scenario fields from data ({@code offense}, {@code trade}, ...), in the order
 *     they are written; a template's fields for the state replace them
 * @param notes a comment per written field (e.g. the mapping it comes from), by field name
 */
record ImportedState(String id, int ccode, String name, Capital capital, double[] power, double cinc,
                     Map<String, Double> perceives, Map<String, Object> fields, Map<String, String> notes) {
}
