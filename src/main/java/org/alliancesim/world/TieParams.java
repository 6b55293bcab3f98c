package org.alliancesim.world;

import org.alliancesim.param.Range;

/**
 * How a pair's realised commitment follows what both states want (scenario key
 * {@code parameters.ties}). A tie needs both sides: each step the pair's commitment moves a share
 * {@code adjustment} of the way toward the smaller of the two desires (the reluctant partner sets
 * the level; Snyder 1997 on the alliance bargain), and the level is read off the commitment with
 * thresholds. A level once reached is kept until the commitment falls {@code hysteresis} below its
 * threshold: alliances are sticky (Walt 1997: 164-167 on institutionalisation and credibility).
 *
 * @param alignment commitment at which the pair is aligned
 * @param coalition commitment at which the pair forms a coalition
 * @param alliance commitment at which the pair is allied
 * @param adjustment share of the gap between commitment and the smaller desire closed each step
 * @param hysteresis how far below a level's threshold the commitment must fall to lose it
 */
public record TieParams(
        @Range(min = 0.01, max = 1) double alignment,
        @Range(min = 0.01, max = 1) double coalition,
        @Range(min = 0.01, max = 1) double alliance,
        @Range(min = 0.001, max = 1) double adjustment,
        @Range(min = 0, max = 0.5) double hysteresis) {

    public static final TieParams DEFAULTS = new TieParams(0.25, 0.5, 0.75, 0.25, 0.05);
    private static final Level[] LEVELS = Level.values();

    /** The commitment at which a level begins (0 for none). */
    public double threshold(Level level) {
        return switch (level) {
            case NONE -> 0;
            case ALIGNMENT -> alignment;
            case COALITION -> coalition;
            case ALLIANCE -> alliance;
        };
    }

    /**
     * The level a pair holds at this commitment, given the level it held: rising needs the full
     * threshold, keeping a level needs only the threshold less the hysteresis.
     */
    public Level levelFor(double commitment, Level current) {
        if (commitment < Math.min(alignment, Math.min(coalition, alliance)) - hysteresis) {
            return Level.NONE; // below every threshold even with hysteresis: most pairs, most steps
        }
        for (int k = LEVELS.length - 1; k > 0; k--) {
            double t = threshold(LEVELS[k]) - (k <= current.ordinal() ? hysteresis : 0);
            if (commitment >= t) {
                return LEVELS[k];
            }
        }
        return Level.NONE;
    }
}
