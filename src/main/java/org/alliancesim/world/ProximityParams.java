package org.alliancesim.world;

import org.alliancesim.param.Range;

/**
 * Boulding's (1962: 230-245) loss-of-strength gradient: the share of a state's power it can bring
 * to bear at a distance (scenario key {@code parameters.proximity}). The distance is scaled by the
 * projecting state's {@code reach} (1 = ordinary logistics), so a state with global reach loses
 * strength more slowly. Bueno de Mesquita (1981) and Lemke (2002) estimate such gradients; the
 * defaults here are assumptions to vary, not estimates.
 *
 * @param gradient {@code exponential} (strength halves every {@code halfDistanceKm}),
 *     {@code linear} (Boulding's straight line, zero at {@code rangeKm}) or {@code none}
 * @param halfDistanceKm distance at which half the strength remains (exponential gradient)
 * @param rangeKm distance at which no strength remains (linear gradient)
 */
public record ProximityParams(
        Gradient gradient,
        @Range(min = 1, max = 40000) double halfDistanceKm,
        @Range(min = 1, max = 40000) double rangeKm) {

    public static final ProximityParams DEFAULTS =
            new ProximityParams(Gradient.EXPONENTIAL, 1500, 6000);

    /** The shape of the gradient. */
    public enum Gradient { EXPONENTIAL, LINEAR, NONE }

    /** Share of strength left after {@code km} for a state with the given reach, in [0,1]. */
    public double strengthAt(double km, double reach) {
        if (reach <= 0) {
            return km <= 0 ? 1 : 0;
        }
        double d = km / reach;
        return switch (gradient) {
            case EXPONENTIAL -> Math.pow(0.5, d / halfDistanceKm);
            case LINEAR -> Math.max(0, 1 - d / rangeKm);
            case NONE -> 1;
        };
    }
}
