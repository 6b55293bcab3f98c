package org.alliancesim.model;

import org.alliancesim.world.LearningParams;
import org.alliancesim.world.WorldInputs;
import org.alliancesim.world.WorldView;

/**
 * What states learn from one another's behaviour ({@link LearningParams}), applied in the
 * perception phase from the previous step's assessment, ties and desires: guilt by association
 * raises perceived intent, the partner's observed stance moves credibility, delivered gains move
 * expected gains. O(N^2): one pass over the ordered pairs, a row at a time (the model interleaves
 * each row with that row's perception, {@link Perception#updateRow}), no draw from the random stream.
 */
final class Learning {
    private Learning() {
    }

    /**
     * State i's row (i's view of every other state), with {@code keep} a scratch row of size N. A
     * row reads the previous step's view, ties and desires, which it does not change, and writes
     * only i's own cells, so rows may be taken one by one after each row's perception.
     */
    static void updateRow(WorldInputs in, WorldView previous, TieBook ties, double[][] desire, LearningParams p,
                          int i, double[] keep) {
        int n = in.size();
        double rateIntent = p.intentFromAlignment();
        double rateCredibility = p.credibilityFromReliability();
        double rateGains = p.gainsFromDelivery();
        // i's two principal threats: principalThreat(i, j) is the first unless j is it.
        int first = previous.principalThreat(i, -1);
        int second = first < 0 ? -1 : previous.principalThreat(i, first);
        double salience = first < 0 ? 0 : previous.threat(i, first);
        double[] wants = desire[i];
        // i's rows, written in place (what the setters would do cell by cell), each asked for
        // only once a cell of it is written (the row then counts as written).
        double[] intent = null;
        double[] credibility = null;
        // read only, but live: the perception phase has just written this row (and marked it so)
        double[] delivered = rateGains > 0 ? in.deliveredRow(i) : null;
        boolean shortfalls = false;
        for (int j = 0; j < n; j++) {
            if (i == j) {
                continue;
            }
            if (rateIntent > 0) {
                int k = first != j ? first : second;
                // j's commitment to k, read from k's row (ties are symmetric).
                double association = k < 0 ? 0 : ties.commitment(k, j);
                if (association > 0) {
                    if (intent == null) {
                        intent = in.intentRow(i);
                    }
                    double x = intent[j];
                    intent[j] = x + rateIntent * association * (1 - x);
                }
            }
            if (rateCredibility > 0 && wants[j] > 0 && salience > 0) {
                double observed = Math.min(1, desire[j][i] / wants[j]);
                if (credibility == null) {
                    credibility = in.credibilityRow(i);
                }
                double c = credibility[j];
                credibility[j] = c + rateCredibility * salience * (observed - c);
            }
            if (rateGains > 0) {
                double shortfall = 1 - delivered[j];
                keep[j] = shortfall > 0 ? 1 - rateGains * shortfall : 1;
                shortfalls |= shortfall > 0;
            }
        }
        if (shortfalls) {
            keep[i] = 1;
            in.scaleGains(i, keep); // x * 1 == x: the pairs without a shortfall keep their gains exactly
        }
    }
}
