package org.alliancesim.world;

/**
 * The on-demand assessment ({@link LazyAssessment}) of a counterfactual of the base view's world:
 * the same numbers as a fresh {@code LazyAssessment} of {@code in}, derived only where the
 * {@link Reversion} puts an input back, the rest read from the base view. Each reuse is exact
 * because the base derived the same expression from the same inputs:
 * <ul>
 *   <li>power and military capability depend only on the power components: the base's arrays
 *       when no component is reverted;</li>
 *   <li>strength(j, i) depends on the i-j distance (never reverted) and j's reach;</li>
 *   <li>materialThreat(j, i) on every power, the alliances (the base's own), strength(j, i) and
 *       j's offense toward i;</li>
 *   <li>threat(i, j) on that and the intent i perceives in j; i's principal threats on its whole
 *       row of threats; i's preponderant powers on every power and strength toward i;</li>
 *   <li>basing(i, j, k) on the j-k distance and i's reach.</li>
 * </ul>
 * The rest (projection, threat to a third state, the alliance terms) is derived as the on-demand
 * assessment derives it, from this view's own numbers.
 * What differs is derived into the {@link Scratch} of the caller, so a trial allocates nothing
 * of size N. One trial at a time per scratch: building the next one forgets this one's rows.
 */
public final class TrialAssessment extends OnDemandView {
    private final LazyAssessment base;
    private final Reversion reverted;
    private final Scratch scratch;
    private final int stamp;
    /** Whether power and military capability are the base's (no power component reverted). */
    private final boolean samePower;
    private final double[] power;
    private final double[] military;

    /**
     * What a trial derives, kept by the caller from one trial to the next (one thread): power and
     * military capability when components are reverted, a row of values, and each state's two
     * principal threats and preponderant powers, valid for the trial whose stamp they carry.
     */
    public static final class Scratch {
        private final double[] power;
        private final double[] military;
        private final double[] row;
        private final double[] intents;
        private final int[] threatStamp;
        private final int[] threat1;
        private final int[] threat2;
        private final int[] dominantStamp;
        private final int[] dominant1;
        private final int[] dominant2;
        private final int[] two = new int[2];
        private int stamp;

        public Scratch(int n) {
            this.power = new double[n];
            this.military = new double[n];
            this.row = new double[n];
            this.intents = new double[n];
            this.threatStamp = new int[n];
            this.threat1 = new int[n];
            this.threat2 = new int[n];
            this.dominantStamp = new int[n];
            this.dominant1 = new int[n];
            this.dominant2 = new int[n];
        }
    }

    /**
     * @param in the counterfactual inputs: as the base's inputs except where {@code reverted} says
     * @param base the assessment of the world {@code in} varies, current (not refreshed while this
     *     trial is used)
     */
    public TrialAssessment(Inputs in, Reversion reverted, LazyAssessment base, Scratch scratch) {
        super(in, base.threatParams(), base.proximity(), base.alliances());
        this.base = base;
        this.reverted = reverted;
        this.scratch = scratch;
        this.stamp = ++scratch.stamp;
        this.samePower = !reverted.revertsComponents();
        if (samePower) {
            this.power = base.powers();
            this.military = base.militaries();
        } else {
            this.power = scratch.power;
            this.military = scratch.military;
            Assessment.computePower(in, base.powerParams(), power, military);
        }
    }

    @Override public double power(int i) { return power[i]; }
    @Override public double military(int i) { return military[i]; }
    /** The base's blocs: a trial reverts inputs, not the run's blocs. */
    @Override public int bloc(int i) { return base.bloc(i); }

    @Override
    public double strength(int j, int i) {
        if (i == j || !reverted.revertsReach(j)) {
            return base.strength(j, i);
        }
        return proximity.strengthAt(in.distanceKm(i, j), in.reach(j));
    }

    /** Whether materialThreat(j, i) is the base's: the same powers, reach of j and offense of j toward i. */
    private boolean sameMaterial(int j, int i) {
        return samePower && !reverted.revertsReach(j) && !reverted.revertsOffense(j, i);
    }

    @Override
    public double materialThreat(int j, int i) {
        if (i == j || sameMaterial(j, i)) {
            return base.materialThreat(j, i);
        }
        double pj = power[j] + alliances.params().blocWeight() * Clip.positivePart(alliances.blocPower(j, i, power[i]));
        return Assessment.materialThreat(threatParams, power[i], pj, strength(j, i), in.offense(j, i));
    }

    @Override
    public double threat(int i, int j) {
        if (i == j || !reverted.revertsIntent(i, j) && sameMaterial(j, i)) {
            return base.threat(i, j);
        }
        return Assessment.perceivedIntent(threatParams, in.intent(i, j)) * materialThreat(j, i);
    }


    @Override
    public double basing(int i, int j, int k) {
        if (!reverted.revertsReach(i)) {
            return base.basing(i, j, k);
        }
        return j == k ? 1 : proximity.strengthAt(in.distanceKm(j, k), in.reach(i));
    }

    @Override
    public double projection(int k, int i) {
        return Assessment.projection(threatParams, strength(k, i), in.offense(k, i));
    }

    @Override
    public int principalThreat(int i, int except) {
        // i's row of threats is the base's unless a power, another state's reach, another's
        // offense toward i or an intent of i's is reverted
        if (samePower && !reverted.revertsReachBut(i) && !reverted.revertsOffenseToward(i)
                && !reverted.revertsIntentOf(i)) {
            return base.principalThreat(i, except);
        }
        Scratch s = scratch;
        if (s.threatStamp[i] != stamp) {
            principalThreats(i, s.two);
            s.threat1[i] = s.two[0];
            s.threat2[i] = s.two[1];
            s.threatStamp[i] = stamp;
        }
        int first = s.threat1[i];
        return first != except ? first : s.threat2[i];
    }

    /**
     * i's two principal threats into {@code two}: {@link Assessment#topTwo} of i's row of threats,
     * {@code threat(i, j)} for every j, its scan made as the entries are read (the same values in
     * the same order, self and non-positive entries skipped, NaN kept as there). Where nothing
     * behind an entry is reverted, {@code threat(i, j)} is the base's entry, so the base's row is
     * read as it is: all of it but the one entry a trial may revert (W1, other), which is derived;
     * or, when no material threat to i can differ (only intents of i's are reverted, as in W2), the
     * base's materials with the trial's row of intents.
     */
    private void principalThreats(int i, int[] two) {
        int only = samePower ? reverted.revertedThreatEntry(i) : Reversion.SEVERAL_ENTRIES;
        double[] row;
        double[] intents = null;
        double derived = 0;
        if (only != Reversion.SEVERAL_ENTRIES) {
            row = base.threatRow(i); // read only: entry {@code only} is the derived value instead
            if (only >= 0) {
                derived = threat(i, only);
            }
        } else if (!samePower || reverted.revertsReachBut(i) || reverted.revertsOffenseToward(i)) {
            row = scratch.row;
            for (int j = 0; j < n; j++) {
                row[j] = threat(i, j);
            }
        } else {
            // an entry whose intent is not reverted is the base's threat, the same expression on the
            // same intent and material: every entry is derived from the trial's row of intents
            intents = in.intentValues(i, scratch.intents);
            row = base.materialRow(i);
        }
        boolean linear = threatParams.intentExponent() == 1;
        double exponent = threatParams.intentExponent();
        int first = -1;
        int second = -1;
        double v1 = 0;
        double v2 = 0;
        for (int k = 0; k < n; k++) {
            if (k == i) {
                continue;
            }
            double v = k == only ? derived
                    : intents == null ? row[k]
                    : (linear ? intents[k] : Math.pow(intents[k], exponent)) * row[k];
            if (v <= 0) {
                continue;
            }
            if (first < 0 || v > v1) {
                second = first;
                v2 = v1;
                first = k;
                v1 = v;
            } else if (second < 0 || v > v2) {
                second = k;
                v2 = v;
            }
        }
        two[0] = first;
        two[1] = second;
    }

    @Override
    public double preponderance(int i, int j) {
        return Assessment.preponderance(power[i], power[j], strength(j, i));
    }

    @Override
    public int dominantPower(int i, int except) {
        // the preponderances over i are the base's unless a power or another state's reach is reverted
        if (samePower && !reverted.revertsReachBut(i)) {
            return base.dominantPower(i, except);
        }
        Scratch s = scratch;
        if (s.dominantStamp[i] != stamp) {
            for (int j = 0; j < n; j++) {
                s.row[j] = i == j ? 0 : preponderance(i, j);
            }
            Assessment.topTwo(s.row, i, s.two);
            s.dominant1[i] = s.two[0];
            s.dominant2[i] = s.two[1];
            s.dominantStamp[i] = stamp;
        }
        int first = s.dominant1[i];
        return first != except ? first : s.dominant2[i];
    }
}
