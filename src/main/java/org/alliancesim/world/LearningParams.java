package org.alliancesim.world;

import org.alliancesim.param.Range;

/**
 * How perceptions, trust and expectations learn from what other states do (scenario key
 * {@code parameters.learning}). Each is a rate per step; every rate 0 leaves the inputs to the
 * scenario's signals and events alone. Applied in the perception phase from the previous step's
 * ties, threats and desires, so the update is a function of what every state could observe.
 *
 * <ul>
 *   <li><b>Guilt by association</b>: i's perceived intent in j rises by
 *       {@code intentFromAlignment * c_jk * (1 - I_ij)} where k is i's principal threat and
 *       {@code c_jk} j's commitment to it: a state that allies with one's enemy is read as hostile
 *       (Walt 1987: 25 on perceived intentions; Jervis 1976 on how images follow conduct). The
 *       perception's own memory ({@link PerceptionParams#adjustment()}) pulls it back toward the
 *       signal when the association ends, so it decays otherwise.</li>
 *   <li><b>Reliability</b>: when i wants j ({@code d_ij > 0}), i's credibility of j moves toward
 *       {@code min(1, d_ji/d_ij)}, how far j's commitment matches the one i seeks, at the rate
 *       {@code credibilityFromReliability * T_ik}: the more i is threatened, the more the partner's
 *       stance is tested (Snyder 1984, World Politics 36(4), on the fear of abandonment; Leeds 2003,
 *       IO 57(4), on reliability).</li>
 *   <li><b>Delivery</b>: expected gains move toward delivered gains, {@code G <- G + r*(D*G - G)},
 *       so a partner that does not deliver is expected to deliver less (Schweller 1994: 99-104; the
 *       paper's S2).</li>
 * </ul>
 *
 * @param intentFromAlignment rate at which allying with one's principal threat raises perceived intent
 * @param credibilityFromReliability rate at which credibility follows the partner's observed commitment
 * @param gainsFromDelivery rate at which expected gains follow delivered gains
 */
public record LearningParams(
        @Range(min = 0, max = 1) double intentFromAlignment,
        @Range(min = 0, max = 1) double credibilityFromReliability,
        @Range(min = 0, max = 1) double gainsFromDelivery) {

    public static final LearningParams DEFAULTS = new LearningParams(0.05, 0.05, 0.05);

    /** Nothing learnt from behaviour: inputs follow only the scenario's signals and events. */
    public static final LearningParams NONE = new LearningParams(0, 0, 0);

    public boolean any() {
        return intentFromAlignment > 0 || credibilityFromReliability > 0 || gainsFromDelivery > 0;
    }
}
