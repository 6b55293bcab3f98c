package org.alliancesim.history;

/**
 * A proxy for perceived aggressive intent (Walt 1987: 25) from UN General Assembly voting: the
 * distance between two states' ideal points (Bailey, Strezhnev and Voeten 2017), divided by a
 * scale and clipped to [0,1]:
 *
 * <pre>intent(i, j) = intent(j, i) = min(1, |x_i - x_j| / scale)</pre>
 *
 * <p>It is only a proxy. Ideal points measure how far apart two states' <em>preferences</em> are
 * on the issues the Assembly votes on (largely the US-led liberal order); Walt's intent is what a
 * state's elites believe another means to do to them. States that vote far apart need not fear
 * each other, and states that vote alike can still be rivals over territory or regional rank. The
 * proxy is symmetric where perception need not be, and knows nothing of history, rhetoric or
 * deeds. Scenarios that use it say so in their header; a template can
 * override any pair (see {@link Template}).
 */
public final class IntentProxy {
    /**
     * Default scale: 4 ideal-point units. In session 71 (2016) the spread between the United States
     * (about 2.5 to 3) and the states farthest from it (about -1.5 to -2) is 4 to 4.5, so the most
     * opposed pairs reach 1 and the median pair lands near 0.2 to 0.3.
     */
    public static final double DEFAULT_SCALE = 4.0;

    private IntentProxy() {
    }

    /**
     * @param a one state's ideal point
     * @param b the other's
     * @param scale the distance read as full hostility (positive)
     * @return perceived intent in [0,1]
     */
    public static double intent(double a, double b, double scale) {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be positive and finite, got " + scale);
        }
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("ideal points must be finite, got " + a + " and " + b);
        }
        return Math.min(1.0, Math.abs(a - b) / scale);
    }
}
