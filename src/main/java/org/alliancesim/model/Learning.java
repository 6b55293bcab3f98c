package org.alliancesim.model;

import org.alliancesim.world.Channel;
import org.alliancesim.world.LearningParams;
import org.alliancesim.world.WorldInputs;
import org.alliancesim.world.WorldView;

/**
 * What states learn from one another's behaviour ({@link LearningParams}), applied in the
 * perception phase from the previous step's assessment, ties and desires: guilt by association
 * raises perceived intent, the partner's observed stance moves credibility, delivered gains move
 * expected gains. O(N^2): one pass over the ordered pairs, no draw from the random stream.
 */
final class Learning {
    private Learning() {
    }

    static void update(WorldInputs in, WorldView previous, TieBook ties, double[][] desire, LearningParams p) {
        if (!p.any()) {
            return;
        }
        int n = in.size();
        Channel[] channels = Channel.values();
        for (int i = 0; i < n; i++) {
            int principal = previous.principalThreat(i, -1);
            double salience = principal < 0 ? 0 : previous.threat(i, principal);
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                if (p.intentFromAlignment() > 0) {
                    int k = previous.principalThreat(i, j);
                    double association = k < 0 ? 0 : ties.commitment(j, k);
                    if (association > 0) {
                        double intent = in.intent(i, j);
                        in.setIntent(i, j, intent + p.intentFromAlignment() * association * (1 - intent));
                    }
                }
                if (p.credibilityFromReliability() > 0 && desire[i][j] > 0 && salience > 0) {
                    double observed = Math.min(1, desire[j][i] / desire[i][j]);
                    double c = in.credibility(i, j);
                    in.setCredibility(i, j, c + p.credibilityFromReliability() * salience * (observed - c));
                }
                if (p.gainsFromDelivery() > 0) {
                    double shortfall = 1 - in.delivered(i, j);
                    if (shortfall > 0) {
                        double keep = 1 - p.gainsFromDelivery() * shortfall;
                        for (Channel ch : channels) {
                            in.setGain(i, j, ch, in.gain(i, j, ch) * keep);
                        }
                    }
                }
            }
        }
    }
}
