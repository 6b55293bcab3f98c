package org.alliancesim.experiment;

/**
 * Derives each run's seed from the experiment's seed and the run's coordinates alone (never from
 * the thread that runs it), so results do not depend on the thread count. SplitMix64 finalisers
 * decorrelate neighbouring coordinates (Steele, Lea and Flood 2014).
 */
public final class Seeds {
    private Seeds() {
    }

    /** The seed of replication {@code rep} (theories share it: common random numbers). */
    public static long replication(long base, int rep) {
        return mix(base + 0x9E3779B97F4A7C15L * (rep + 1L));
    }

    /** The seed of replication {@code rep} at design point {@code point} of a sweep. */
    public static long point(long base, int point, int rep) {
        return mix(replication(base, rep) ^ mix(0xD1B54A32D192ED03L * (point + 1L)));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
