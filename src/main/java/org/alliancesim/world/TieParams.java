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
 * <p>The target the commitment moves toward is set by a bargaining rule ({@link Bargaining}):
 * <ul>
 *   <li>{@code consent} (default): the smaller of the two desires. The less dependent partner has
 *       the greater bargaining power and sets the depth of the tie (Snyder 1997: 166-172). It is the
 *       default because the strong side's own stake in a weak partner (the autonomy and position the
 *       weak concede, Morrow 1991) is already priced into its desire by the supply side of balance
 *       of threat ({@code parameters.balanceOfThreat.supplyWeight}), so a further side payment
 *       would count it twice.</li>
 *   <li>{@code nash-transfer}: Nash bargaining with transferable utility (Nash 1950; with side
 *       payments the solution maximises the joint surplus and splits it): a tie forms when the mean
 *       desire exceeds the cost of commitment, and its depth is the surplus rescaled to [0,1],
 *       {@code max(0, (d_a+d_b)/2 - cost)/(1 - cost)}. An eager partner pays the reluctant one (aid,
 *       bases, concessions), so asymmetric ties form wherever the joint gain is positive. Use it
 *       when the modules leave side payments out.</li>
 * </ul>
 *
 * @param hysteresis how far below a level's threshold the commitment must fall to lose it
 * @param bargaining the rule that turns the two desires into the tie's target
 * @param cost the cost of commitment under {@code nash-transfer} (autonomy lost, the risk of
 *     entrapment: Snyder 1984), as a share of the most a tie is worth
 */
public record TieParams(
        @Range(min = 0.01, max = 1) double alignment,
        @Range(min = 0.01, max = 1) double coalition,
        @Range(min = 0.01, max = 1) double alliance,
        @Range(min = 0.001, max = 1) double adjustment,
        @Range(min = 0, max = 0.5) double hysteresis,
        Bargaining bargaining,
        @Range(min = 0, max = 0.9) double cost) {

    public static final TieParams DEFAULTS = new TieParams(0.25, 0.5, 0.75, 0.25, 0.05, Bargaining.CONSENT, 0.1);

    /** How two desires make one tie. */
    public enum Bargaining { CONSENT, NASH_TRANSFER }

    /**
     * The pair's commitment after one step: a share {@code adjustment} of the way from where it is
     * toward the bargaining rule's target (inertia). The whole rule of a tie's motion is here:
     * {@link #target}, this, and {@link #levelFor}.
     */
    public double next(double commitment, double desireA, double desireB) {
        return commitment + adjustment * (target(desireA, desireB) - commitment);
    }

    /** The commitment the pair moves toward, given what each side wants. */
    public double target(double desireA, double desireB) {
        // small enough for the C1 compiler to inline into the commit phase's loop over pairs
        return bargaining == Bargaining.CONSENT ? Clip.min(desireA, desireB) : nashTransfer(desireA, desireB);
    }

    /** The Nash bargaining target with transfers, net of the cost. */
    private double nashTransfer(double desireA, double desireB) {
        double surplus = 0.5 * (desireA + desireB) - cost;
        return surplus <= 0 ? 0 : surplus / (1 - cost);
    }

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
        if (commitment < lowestKept()) {
            return Level.NONE; // below every threshold even with hysteresis: most pairs, most steps
        }
        return levelKept(commitment, current);
    }

    /** The commitment below which {@link #levelFor} gives no tie whatever the level held. */
    public double lowestKept() {
        return Math.min(alignment, Math.min(coalition, alliance)) - hysteresis;
    }

    /**
     * The least commitment at which a pair holding {@code held} keeps it ({@link #levelFor} gives
     * {@code held} from here up to {@link #keptBelow}): the level's threshold less the hysteresis,
     * the same subtraction {@link #levelKept} makes (no bound for {@code none}).
     */
    public double keptFrom(Level held) {
        return held == Level.NONE ? Double.NEGATIVE_INFINITY : threshold(held) - hysteresis;
    }

    /**
     * The commitment from which a pair holding {@code held} rises: the least full threshold of the
     * levels above it (none above {@code alliance}). Between {@link #keptFrom} and this, and only
     * there, {@link #levelFor} is {@code held}: what the commit phase tests first for every pair.
     */
    public double keptBelow(Level held) {
        double below = Double.POSITIVE_INFINITY;
        for (Level l : Level.values()) {
            if (l.ordinal() > held.ordinal()) {
                below = Math.min(below, threshold(l));
            }
        }
        return below;
    }

    /**
     * {@link #levelFor} of a commitment not below {@link #lowestKept()}, for a caller that made that
     * test itself with the value kept (the commit phase, for every tied pair each step).
     */
    public Level levelKept(double commitment, Level current) {
        // From the highest level down: threshold(LEVELS[k]), written out (this runs for every tied pair each step).
        int held = current.ordinal();
        if (commitment >= alliance - (3 <= held ? hysteresis : 0)) {
            return Level.ALLIANCE;
        }
        if (commitment >= coalition - (2 <= held ? hysteresis : 0)) {
            return Level.COALITION;
        }
        if (commitment >= alignment - (1 <= held ? hysteresis : 0)) {
            return Level.ALIGNMENT;
        }
        return Level.NONE;
    }
}
