package org.alliancesim.backtest.atop;

import org.alliancesim.world.Level;

/**
 * The five ATOP obligations (Leeds et al. 2002), as bits of one int so that a dyad-year's
 * obligations are one small value, and the documented mapping from them to the model's levels:
 * a defence or offence pact is an {@link Level#ALLIANCE alliance} (a formal commitment to
 * military cooperation), a neutrality or non-aggression pact a {@link Level#COALITION coalition}
 * (limited cooperation short of fighting together), a consultation pact an
 * {@link Level#ALIGNMENT alignment} (convergent policies without a military promise).
 */
public enum Obligation {
    DEFENSE("atop_defense", "defense"),
    OFFENSE("atop_offense", "offense"),
    NEUTRAL("atop_neutral", "neutral"),
    NONAGG("atop_nonagg", "nonagg"),
    CONSUL("atop_consul", "consul");

    private final String dyadColumn;
    private final String memberColumn;

    Obligation(String dyadColumn, String memberColumn) {
        this.dyadColumn = dyadColumn;
        this.memberColumn = memberColumn;
    }

    /** The column in the dyad-year file. */
    public String dyadColumn() {
        return dyadColumn;
    }

    /** The column in the member-level file. */
    public String memberColumn() {
        return memberColumn;
    }

    public int bit() {
        return 1 << ordinal();
    }

    /** The strongest level the obligations in {@code bits} amount to. */
    public static Level level(int bits) {
        if ((bits & (DEFENSE.bit() | OFFENSE.bit())) != 0) {
            return Level.ALLIANCE;
        }
        if ((bits & (NEUTRAL.bit() | NONAGG.bit())) != 0) {
            return Level.COALITION;
        }
        if ((bits & CONSUL.bit()) != 0) {
            return Level.ALIGNMENT;
        }
        return Level.NONE;
    }

    /** Whether {@code bits} hold a defence pact. */
    public static boolean defence(int bits) {
        return (bits & DEFENSE.bit()) != 0;
    }
}
