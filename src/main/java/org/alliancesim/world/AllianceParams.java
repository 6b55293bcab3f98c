package org.alliancesim.world;

import org.alliancesim.param.Range;

/**
 * How alliances change the world (scenario key {@code parameters.alliances}). Ties are read as
 * they stood at the end of the previous step, so every state reacts to what the others did.
 *
 * <p>Two aggregates per state, each O(N) and so O(N^2) per step in all:
 * <ul>
 *   <li><b>Support</b> {@code S_i = sum_j c_ij * cred_ij * M_j * proj(j,i)}: the military capability
 *       of i's committed allies, weighted by the commitment {@code c_ij}, by i's trust in them and by
 *       the share of their strength that reaches i ({@link WorldView#projection}). It counts in i's
 *       defence when i judges its vulnerability (capability aggregation, Walt 1987: 1-5; Morrow 1991:
 *       905 on the model it challenges): allies substitute for one another, so the value of one more
 *       ally falls with the security already held (the marginal ally is valued with its own part of
 *       {@code S_i} left out).</li>
 *   <li><b>Bloc</b> {@code B_j = sum_l c_jl * P_l}: the power of j's committed allies. A state that
 *       sees j as hostile counts a share of j's bloc in j's power when it judges j's material threat,
 *       so an alliance can provoke a counter-alliance (Walt 1987: 5, 25-26; Jervis 1978 on spirals).
 *       The bloc is projected at j's own reach, and the intent perceived in j stands for the bloc's:
 *       both are simplifications that keep the step O(N^2).</li>
 * </ul>
 *
 * <p>With both weights 0 no tie changes anything for anyone: the model of independent dyads.
 *
 * @param allyWeight share of allied support ({@code S_i}) that counts in a state's own defence
 *     (1 = allies' capability adds to one's own in full)
 * @param blocWeight share of a hostile state's allies' power counted in the threat it poses;
 *     default 0.75 because about three quarters of alliance commitments are honoured when the
 *     casus foederis arises (Leeds 2003, IO 57(4))
 */
public record AllianceParams(
        @Range(min = 0, max = 1) double allyWeight,
        @Range(min = 0, max = 1) double blocWeight) {

    public static final AllianceParams DEFAULTS = new AllianceParams(1, 0.75);

    /** No tie changes any state's power, threat or defence: each dyad stands alone. */
    public static final AllianceParams INDEPENDENT = new AllianceParams(0, 0);
}
