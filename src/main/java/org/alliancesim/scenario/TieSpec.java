package org.alliancesim.scenario;

import org.alliancesim.world.Level;

/**
 * A tie in place at step 0 (scenario key {@code ties[]}).
 *
 * @param a one state's id
 * @param b the other state's id
 * @param level the level of commitment at step 0
 */
public record TieSpec(String a, String b, Level level) {
}
