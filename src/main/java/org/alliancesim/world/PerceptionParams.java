package org.alliancesim.world;

import org.alliancesim.param.Range;

/**
 * How elites perceive others (scenario key {@code parameters.perception}). Perceived intent and
 * perceived delivery of gains move toward their current signal by a share {@code adjustment} of
 * the gap each step (perception has memory: Jervis 1976 on the persistence of images), plus
 * seeded Gaussian noise of standard deviation {@code noise}; both stay in [0,1].
 *
 * @param adjustment share of the gap between perception and signal closed each step (1 = no memory)
 * @param noise standard deviation of the perception noise added each step to perceived intents
 * @param defaultIntent intent a state perceives in another the scenario says nothing about
 * @param defaultCredibility credibility a state gives a partner the scenario says nothing about
 */
public record PerceptionParams(
        @Range(min = 0.001, max = 1) double adjustment,
        @Range(min = 0, max = 0.5) double noise,
        @Range(min = 0, max = 1) double defaultIntent,
        @Range(min = 0, max = 1) double defaultCredibility) {

    public static final PerceptionParams DEFAULTS = new PerceptionParams(0.3, 0.02, 0.2, 0.8);
}
