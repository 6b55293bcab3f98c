package org.alliancesim.model;

import org.alliancesim.world.PerceptionParams;

/**
 * How elites' perceptions follow the world's signals ({@link PerceptionParams}): each step a
 * perceived intent moves a share {@code adjustment} of the way toward the intent the other's
 * conduct signals, plus seeded Gaussian noise ({@link PerceptionNoise}; Jervis 1976 on the persistence of images);
 * perceived delivery of gains follows its signal the same way, without noise; both stay in [0,1].
 * Draws are made in a fixed order (perceiver, then perceived), so a seed replays exactly.
 * {@link PerceiveRow} takes a perceiver's row, with what it learns ({@link Learning}).
 */
final class Perception {
    private Perception() {
    }

    /** {@code x} moved a share {@code a} of the way toward {@code target}. */
    static double follow(double x, double target, double a) {
        return x + a * (target - x);
    }

    /** {@code v} within [0,1]. */
    static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
