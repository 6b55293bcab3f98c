package org.alliancesim.world;

/**
 * {@code Math.max(0, x)} and {@code Math.min(1, x)} in a few bytes of bytecode. The JDK's
 * {@code Math.max} and {@code Math.min} on doubles are 45 bytes, over the 35 the C1 compiler (the
 * launcher's) inlines, so each use in a loop over pairs is a call that spills every live register.
 * With one argument a constant, the JDK's tests for NaN and for the signed zeros reduce to one
 * comparison; these give the JDK's value bit for bit for every x, NaN (returned as it is) and
 * both zeros included.
 */
public final class Clip {
    private Clip() {
    }

    /**
     * {@code Math.max(0, x)}: +0.0 when {@code 0 >= x} (so for -0.0 too, as the JDK, whose
     * negative-zero test asks for the first argument to be -0.0), else x (also when x is NaN).
     */
    public static double positivePart(double x) {
        return 0 >= x ? 0 : x;
    }

    /**
     * {@code Math.min(1, x)}: 1 when {@code 1 <= x}, else x (also when x is NaN; the JDK's zero
     * test cannot hold with 1 as the first argument).
     */
    public static double atMostOne(double x) {
        return 1 <= x ? 1 : x;
    }
}
