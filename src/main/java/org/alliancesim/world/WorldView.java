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
     * How exposed i is to k: k's projected military capability (with the share of its bloc's that
     * {@link AllianceParams#blocWeight()} counts) over that plus i's own and its credible allies'
     * ({@link AllianceParams#allyWeight()}), {@code C/(C + D_i)} in [0,1]. Walt (1997: 160) ends
     * alliances when a state can face the threat alone; this is the quantity that falls when it can.
     */
    default double vulnerability(int i, int k) {
        return vulnerabilityWithout(i, k, -1);
    }

    /**
     * {@link #vulnerability} with partner j's own support left out (-1: none left out): what i's
     * exposure would be without j, so that j is valued for what it adds to the allies i already has
     * (substitution between partners).
     */
    default double vulnerabilityWithout(int i, int k, int j) {
        AllianceParams a = allianceParams();
        double c = (military(k) + a.blocWeight() * Clip.positivePart(blocMilitary(k, i))) * projection(k, i);
        double allies = support(i) - contribution(i, k) - (j >= 0 && j != k ? contribution(i, j) : 0);
        double d = military(i) + a.allyWeight() * Clip.positivePart(allies);
        return c + d <= 0 ? 0 : c / (c + d);
    }

    /** How alliances change the world in this run. */
    AllianceParams allianceParams();

    /** Realised commitment of the pair i, j at the end of the previous step, in [0,1]. */
    double commitment(int i, int j);

    /**
     * Credible allied military capability that reaches i:
     * {@code sum_j c_ij * credibility(i,j) * military(j) * projection(j,i)}.
     */
    double support(int i);

    /** Partner j's part in {@link #support(int)} of i. */
    default double contribution(int i, int j) {
        double c = commitment(i, j);
        return c <= 0 ? 0 : c * credibility(i, j) * military(j) * projection(j, i);
    }

    /** Military capability of j's committed allies, {@code sum_l c_jl * military(l)}, leaving out {@code except}. */
    double blocMilitary(int j, int except);

    /** Power of j's committed allies, {@code sum_l c_jl * power(l)}, leaving out {@code except}. */
    double blocPower(int j, int except);

    /**
     * The coalition available against j: every state's military capability weighted by the threat
     * it perceives from j, {@code sum_l military(l) * threat(l,j)} (Walt 1987: 29-31: states bandwagon
     * when no such allies are at hand).
     */
    double balancers(int j);

    /**
     * Share of i's strength that reaches k when i's forces operate from j's territory (basing and
     * position: what a client near a rival offers its patron, Morrow 1991), by the gradient over the
     * j-k distance at i's reach.
     */
    double basing(int i, int j, int k);

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

    /**
     * A count that changes whenever {@code what} may have changed in this view, or -1 when the view
     * does not count (then nothing derived from it may be kept). Two reads of the same view that
     * return the same non-negative count see the same values.
     */
    default long version(Versioned what) {
        return -1;
    }

    /**
     * A whole row of a quantity ({@link Row}: cell j is {@code what.at(this, i, k, j)}, bit for bit),
     * for a module that walks every partner: written into {@code into} (size N) and returned, or a
     * row the view keeps, returned as it is. Either way read it, do not write it, and do not keep
     * it past the step. A view that keeps the quantity derived overrides this to skip the
     * per-entry calls.
     */
    default double[] row(Row what, int i, int k, double[] into) {
        for (int j = 0; j < into.length; j++) {
            into[j] = what.at(this, i, k, j);
        }
        return into;
    }
}
