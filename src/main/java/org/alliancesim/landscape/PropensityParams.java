package org.alliancesim.landscape;

import org.alliancesim.param.Range;

/**
 * How a simulation run derives Axelrod and Bennett's landscape (BJPolS 23(2), 1993) from the
 * model's own quantities, and how its blocs move (scenario key {@code parameters.landscape}).
 * See {@link Propensities} for the formula each weight enters.
 *
 * <p>Axelrod and Bennett built their 1936 propensities as a sum of reasons to side together or
 * apart (ethnic conflict, religion, border disputes, ideology, recent wars). Here
 * the reasons are the ones the model already has: a common threat (Walt 1987: 17), the gains
 * each expects from the other (Schweller 1994: 99-104), the threat each poses to the other,
 * and optionally shared identity and trade.
 *
 * @param sharedThreat weight of the common threat: {@code max_k min(T_ik, T_jk)} (Walt 1987: 17)
 * @param gains weight of the gains both expect and see delivered, averaged over the two directions
 *     (Schweller 1994)
 * @param mutualThreat weight of the threat the two pose each other, {@code (T_ij + T_ji)/2},
 *     which pushes them apart (the analogue of Axelrod and Bennett's border disputes and wars)
 * @param identity weight of shared identity (the analogue of their ethnicity and religion terms);
 *     0 by default, as the paper finds identity plays no part for Iran and Russia
 * @param trade weight of the mean trade share both ways (Keohane and Nye 1977); 0 by default
 * @param fullDesire propensity at which the {@code landscape} module's desire toward a same-bloc
 *     partner is full; desire is {@code min(1, max(0, p) / fullDesire)}
 * @param start where the blocs begin
 * @param switchesPerStep at most this many single frustration-reducing switches per step
 */
public record PropensityParams(
        @Range(min = 0, max = 10) double sharedThreat,
        @Range(min = 0, max = 10) double gains,
        @Range(min = 0, max = 10) double mutualThreat,
        @Range(min = 0, max = 10) double identity,
        @Range(min = 0, max = 10) double trade,
        @Range(min = 0.01, max = 10) double fullDesire,
        BlocStart start,
        @Range(min = 1, max = 1000) int switchesPerStep) {

    public static final PropensityParams DEFAULTS = new PropensityParams(1, 1, 1, 0, 0, 1, BlocStart.TOGETHER, 1);
}
