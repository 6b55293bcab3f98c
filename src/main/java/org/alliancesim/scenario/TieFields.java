package org.alliancesim.scenario;

import java.util.List;
import org.alliancesim.param.Required;
import org.alliancesim.world.Level;

/**
 * One entry of {@code ties[]} as the file writes it; the loader checks the ids and makes a
 * {@link TieSpec} of it.
 *
 * @param between the two states, by id
 * @param level the level of commitment at step 0
 */
record TieFields(@Required("the two states, e.g. [IRN, RUS]") List<String> between, Level level) {
    static final TieFields DEFAULTS = new TieFields(List.of(), Level.NONE);
}
