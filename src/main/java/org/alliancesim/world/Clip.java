package org.alliancesim.world;

/**
 * {@code Math.max(0, x)}, {@code Math.min(1, x)} and {@code Math.min(a, b)} in a few bytes of bytecode. The JDK's
 * {@code Math.max} and {@code Math.min} on doubles are 45 bytes, over the 35 the C1 compiler (the
 * launcher's) inlines, so each use in a loop over pairs is a call that spills every live register.
 * With one argument a constant, the JDK's tests for NaN and for the signed zeros reduce to one
 * comparison (and {@code min} leaves them to the JDK); these give the JDK's value bit for bit for
 * every argument, NaN (returned as it is) and both zeros included.
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
     * {@code Math.min(a, b)}: where one is strictly below the other, neither is NaN and they are not
     * the two zeros, so it is the lesser; the JDK decides the rest (equal values, zeros, NaN).
     */
    public static double min(double a, double b) {
        return a < b ? a : b < a ? b : Math.min(a, b);
    }

    /**
     * {@code Math.min(1, x)}: 1 when {@code 1 <= x}, else x (also when x is NaN; the JDK's zero
     * test cannot hold with 1 as the first argument).
     */
    public static double atMostOne(double x) {
        return 1 <= x ? 1 : x;
    }
}
