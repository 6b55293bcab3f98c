package org.alliancesim.history;

/**
 * Offense and reach from military capability, contiguity and major-power status:
 *
 * <pre>
 * offense(i)        = m_i / (m_i + offenseHalfShare)      m_i = i's military share of the world, %
 * offenseToward(i,j) = o + b (1 - o)                      b = landOffense if land-contiguous (type 1),
 *                                                           waterOffense if types 2-5, else no override
 * reach(i)          = majorPowerReach if i is a COW major power that year, else 1
 * </pre>
 *
 * See {@link MappingParams} for the reason of each form.
 */
final class CapabilityMapping {
    private final MappingParams p;

    CapabilityMapping(MappingParams p) {
        this.p = p;
    }

    double offense(double militarySharePercent) {
        double m = Math.max(0, militarySharePercent);
        return m / (m + p.offenseHalfShare());
    }

    /** Offense toward a state at contiguity type {@code type} (0 = none: the general offense). */
    double offenseToward(double offense, int type) {
        double b = type == 1 ? p.landOffense() : type >= 2 ? p.waterOffense() : 0;
        return offense + b * (1 - offense);
    }

    double reach(boolean major) {
        return major ? p.majorPowerReach() : 1;
    }
}
