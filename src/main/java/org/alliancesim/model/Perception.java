package org.alliancesim.model;

import org.alliancesim.world.PerceptionParams;
import org.alliancesim.world.WorldInputs;

/**
 * How elites' perceptions follow the world's signals ({@link PerceptionParams}): each step a
 * perceived intent moves a share {@code adjustment} of the way toward the intent the other's
 * conduct signals, plus seeded Gaussian noise ({@link PerceptionNoise}; Jervis 1976 on the persistence of images);
 * perceived delivery of gains follows its signal the same way, without noise. Draws are made in
 * a fixed order (perceiver, then perceived), so a seed replays exactly.
 */
final class Perception {
    private Perception() {
    }

    /**
     * Perceiver i's row. A row reads and writes only its own cells, so rows may be interleaved with
     * other per-row work ({@link Learning#updateRow}) as long as they are taken in order (the draws).
     */
    static void updateRow(WorldInputs inputs, Signals signals, PerceptionParams p, PerceptionNoise random, int i) {
        int n = inputs.size();
        double a = p.adjustment();
        double noise = p.noise();
        double[] intentSignal = signals.intent[i];
        double[] deliveredSignal = signals.delivered[i];
        double[] intent = inputs.intentRow(i); // written in place: what setIntent would do cell by cell
        double[] delivered = inputs.deliveredRow(i);
        for (int j = 0; j < n; j++) {
            if (i == j) {
                continue;
            }
            double x = intent[j];
            x += a * (intentSignal[j] - x);
            if (noise > 0) {
                x += noise * random.nextGaussian();
            }
            intent[j] = clamp(x);
            double d = delivered[j];
            delivered[j] = clamp(d + a * (deliveredSignal[j] - d));
        }
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
