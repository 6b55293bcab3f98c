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
 * @param generator the random source of the noise ({@code org.alliancesim.model.PerceptionNoise}):
 *        {@code xoroshiro128plusplus} (the default; noise stream 2) or {@code mersenne-twister}
 *        (noise stream 1, the only source before the generator could be chosen), to replay results
 *        made by earlier versions exactly
 */
public record PerceptionParams(
        @Range(min = 0.001, max = 1) double adjustment,
        @Range(min = 0, max = 0.5) double noise,
        @Range(min = 0, max = 1) double defaultIntent,
        @Range(min = 0, max = 1) double defaultCredibility,
        Generator generator) {

    public static final PerceptionParams DEFAULTS = new PerceptionParams(0.3, 0.02, 0.2, 0.8, Generator.XOROSHIRO128PLUSPLUS);

    /**
     * The random source of perception noise: the same seed gives different draws under each (see
     * {@code org.alliancesim.model.PerceptionNoise} for the algorithms, their seeding and sources).
     */
    public enum Generator {
        /** The JDK's xoroshiro128++ with its modified-ziggurat normal draws: the default (noise stream 2). */
        XOROSHIRO128PLUSPLUS,
        /** MASON's Mersenne Twister with polar Box-Muller draws, as every earlier version drew (noise stream 1). */
        MERSENNE_TWISTER
    }

    /** The same perception with the default generator (for tests and older call sites). */
    public PerceptionParams(double adjustment, double noise, double defaultIntent, double defaultCredibility) {
        this(adjustment, noise, defaultIntent, defaultCredibility, Generator.XOROSHIRO128PLUSPLUS);
    }

    /** A copy with another generator, everything else kept. */
    public PerceptionParams withGenerator(Generator g) {
        return new PerceptionParams(adjustment, noise, defaultIntent, defaultCredibility, g);
    }
}
