package org.alliancesim.backtest;

/**
 * Seeds of a backtest, derived from the command's {@code --seed} and coordinates alone (never
 * from a thread), with SplitMix64's finaliser: every theory's chain gets the same seed for a year
 * (common random numbers), a calibration replication its own.
 */
final class Seeds {
    private Seeds() {
    }

    static long year(long base, int year) {
        return mix(base + 0x9E3779B97F4A7C15L * (year + 1L));
    }

    static long replication(long base, int rep) {
        return mix(base ^ mix(0xD1B54A32D192ED03L * (rep + 1L)));
    }

    /** The bootstrap's stream for span number {@code span}. */
    static long bootstrap(long base, int span) {
        return mix(mix(base) + 0xC2B2AE3D27D4EB4FL * (span + 1L));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
