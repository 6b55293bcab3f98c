package org.alliancesim.model;

import org.alliancesim.world.Level;

/**
 * A change of level of a tie: at which step, between whom, from and to which level, and, for a
 * fall, the deciding state (whose desire capped the tie) and the attributed cause (null on a rise).
 */
public record TieChange(int step, int a, int b, Level from, Level to, int decider, Cause cause) {

    public boolean isFall() {
        return to.ordinal() < from.ordinal();
    }
}
