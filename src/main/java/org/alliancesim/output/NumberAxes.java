package org.alliancesim.output;

import org.jfree.chart.axis.NumberAxis;

/**
 * Number axes for callers that bring their own tick units ({@code setTickUnit} or
 * {@code setStandardTickUnits}). JFreeChart 1.0.19's constructor builds each axis a source of
 * standard tick units (six {@code DecimalFormat}s) that such an axis never consults; a figure has
 * two axes per panel, 36 to 72 in a run's stability chart. This copies one axis made once
 * (nothing changes that one) and leaves the copy without standard tick units, so that an axis
 * whose caller forgot to set them fails when drawn instead of sharing another's.
 */
final class NumberAxes {
    private static final NumberAxis TEMPLATE = new NumberAxis(null);

    private NumberAxes() {
    }

    /** As {@code new NumberAxis(label)}, but without standard tick units: set them, or a fixed tick unit. */
    static NumberAxis of(String label) {
        NumberAxis axis;
        try {
            axis = (NumberAxis) TEMPLATE.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        axis.setLabel(label);
        axis.setStandardTickUnits(null);
        return axis;
    }
}
