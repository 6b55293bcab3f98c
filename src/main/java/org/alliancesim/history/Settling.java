package org.alliancesim.history;

import org.alliancesim.world.PerceptionParams;
import org.alliancesim.world.TieParams;

/**
 * How many steps a world with fixed inputs needs for its ties to settle. Perception closes a share
 * {@code a_p} of its gap to the signal each step and commitment a share {@code a_t} of its gap to
 * the smaller desire: two first-order lags in series. Each is within {@code tolerance} of its
 * target after {@code ceil(ln tolerance / ln(1 - a))} steps; the sum bounds the chain. With the
 * defaults (a_t = 0.25, a_p = 0.3, tolerance 1%) that is 17 + 13 = 30 steps.
 */
public final class Settling {
    /** Residual gap accepted as settled. */
    public static final double TOLERANCE = 0.01;

    /** Steps for the default tie and perception adjustment rates. */
    public static final int DEFAULT_STEPS = steps(TieParams.DEFAULTS.adjustment(),
            PerceptionParams.DEFAULTS.adjustment(), TOLERANCE);

    private Settling() {
    }

    /** Steps for the two adjustment rates to close all but {@code tolerance} of their gaps. */
    public static int steps(double tieAdjustment, double perceptionAdjustment, double tolerance) {
        return lag(tieAdjustment, tolerance) + lag(perceptionAdjustment, tolerance);
    }

    private static int lag(double a, double tolerance) {
        return a >= 1 ? 1 : (int) Math.ceil(Math.log(tolerance) / Math.log(1 - a));
    }
}
