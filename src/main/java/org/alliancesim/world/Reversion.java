package org.alliancesim.world;

/**
 * Which inputs of a counterfactual read from elsewhere than the world it is a variation of (cause
 * attribution puts one group of inputs back to an earlier snapshot, {@code model.TrialInputs}):
 * every input not named here must read exactly as in the base world. A counterfactual view reuses
 * the base view's derived numbers wherever their inputs are not reverted ({@link TrialAssessment}),
 * so an answer of true is always safe (it only costs a derivation) and false must be exact.
 * Distances, and every input not listed, are never reverted as far as a view is concerned (the
 * views derive nothing from the others: they pass them through).
 */
public interface Reversion {

    /** Whether any power component of any state may be reverted. */
    boolean revertsComponents();

    /** Whether k's reach may be reverted. */
    boolean revertsReach(int k);

    /** Whether the reach of some state other than a may be reverted. */
    boolean revertsReachBut(int a);

    /** Whether k's offense toward m may be reverted. */
    boolean revertsOffense(int k, int m);

    /** Whether the offense of some state other than a toward a may be reverted. */
    boolean revertsOffenseToward(int a);

    /** Whether the intent a perceives in b may be reverted. */
    boolean revertsIntent(int a, int b);

    /** Whether the intent a perceives in some other state may be reverted. */
    boolean revertsIntentOf(int a);

    /** {@link #revertedThreatEntry}: no entry of the row may be reverted. */
    int NO_ENTRY = -1;
    /** {@link #revertedThreatEntry}: more than one entry of the row may be reverted (or it is not said). */
    int SEVERAL_ENTRIES = -2;

    /**
     * The one state b behind whose entry of a's row of threats an input may be reverted (the intent
     * a perceives in b, b's reach, b's offense toward a; b != a), when there is only one:
     * {@link #NO_ENTRY} when there is none, {@link #SEVERAL_ENTRIES} when there may be more. Power
     * components, which every entry depends on, are not asked about here
     * ({@link #revertsComponents}). It must agree with the tests above: an entry they may revert
     * is the one named, or the answer is {@code SEVERAL_ENTRIES}.
     */
    default int revertedThreatEntry(int a) {
        return SEVERAL_ENTRIES;
    }
}
