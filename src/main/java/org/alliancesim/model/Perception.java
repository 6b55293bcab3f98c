package org.alliancesim.model;

import ec.util.MersenneTwisterFast;
import org.alliancesim.world.PerceptionParams;
import org.alliancesim.world.WorldInputs;

/**
 * How elites' perceptions follow the world's signals ({@link PerceptionParams}): each step a
 * perceived intent moves a share {@code adjustment} of the way toward the intent the other's
 * conduct signals, plus seeded Gaussian noise (Jervis 1976 on the persistence of images);
 * perceived delivery of gains follows its signal the same way, without noise. Draws are made in
 * a fixed order (perceiver, then perceived), so a seed replays exactly.
 */
final class Perception {
    private Perception() {
    }

    static void update(WorldInputs inputs, Signals signals, PerceptionParams p, MersenneTwisterFast random) {
        int n = inputs.size();
        double a = p.adjustment();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double intent = inputs.intent(i, j);
                intent += a * (signals.intent[i][j] - intent);
                if (p.noise() > 0) {
                    intent += p.noise() * random.nextGaussian();
                }
                inputs.setIntent(i, j, clamp(intent));
                double d = inputs.delivered(i, j);
                inputs.setDelivered(i, j, clamp(d + a * (signals.delivered[i][j] - d)));
            }
        }
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
