package org.alliancesim.world;

/**
 * What a decision module sees: the raw {@link Inputs} plus the quantities derived from them once
 * per step (aggregate power, the loss-of-strength gradient, Walt's threat). Read-only.
 */
public interface WorldView extends Inputs {

    /** Aggregate power of i: weighted mean of its component shares, in [0,1]. */
    double power(int i);

    /** Military capability of i: its share of the military component (aggregate power if none). */
    double military(int i);

    /** Share of j's strength that reaches i's capital (loss-of-strength gradient), in [0,1]. */
    double strength(int j, int i);

    /**
     * Material threat j poses to i, in [0,1]: the weighted mean of j's relative power, proximity
     * and offensive capability toward i ({@link ThreatParams}).
     */
    double materialThreat(int j, int i);

    /** Threat i perceives from j: perceived intent times material threat, in [0,1]. */
    double threat(int i, int j);

    /**
     * Threat that i's elites see k posing to a third state j: the intent i perceives in k times
     * k's material threat to j. Used to judge whether j shares i's enemy (Walt 1987: 17).
     */
    double threatTo(int i, int k, int j);

    /**
     * Share of k's military capability that k can bring to bear on i, in [0,1]: the mean of the
     * gradient and k's offensive capability toward i, weighted as in the threat.
     */
    double projection(int k, int i);

    /**
     * How exposed i is to k: k's projected military capability over that plus i's own,
     * {@code C/(C + D_i)} in [0,1]. Walt (1997: 160) ends alliances when a state can face the
     * threat alone; this is the quantity that falls when it can.
     */
    default double vulnerability(int i, int k) {
        double c = military(k) * projection(k, i);
        double d = military(i);
        return c + d <= 0 ? 0 : c / (c + d);
    }

    /** The state i perceives as most threatening, other than {@code except}; -1 if none. */
    int principalThreat(int i, int except);

    /**
     * Power preponderance of j over i as felt at i's capital, in [0,1]:
     * {@code max(0, (P_j - P_i)/(P_j + P_i))} times the gradient. Intent plays no part (Waltz 1979).
     */
    double preponderance(int i, int j);

    /** The state with the greatest preponderance over i, other than {@code except}; -1 if none. */
    int dominantPower(int i, int except);

    /**
     * The bloc (0 or 1) that state i sits in when the run moves two blocs by Axelrod and Bennett's
     * landscape dynamics (BJPolS 23(2), 1993), or -1 when blocs are off. Set by the model before
     * any state decides, so a module can read it and stay a pure function of the world.
     */
    default int bloc(int i) {
        return -1;
    }
}
