package org.alliancesim.gui;

import org.alliancesim.model.AllianceModel;
import org.alliancesim.world.WorldView;

/**
 * What the two states of a pair saw when their tie last rose, kept so that a fall can be told in
 * words ({@link CauseWords}): who receded as a threat, who declined, whose government changed.
 * Only the rows of the pair, so a large world stays cheap.
 */
final class Peak {
    final int[] pair;
    final double[][] intent;
    final double[][] credibility;
    final double[][] delivered;
    final double[] power;
    final double[] military;
    final String[] regimes;

    Peak(AllianceModel m, int a, int b) {
        WorldView v = m.view();
        int n = v.size();
        pair = new int[] {a, b};
        intent = new double[2][n];
        credibility = new double[2][n];
        delivered = new double[2][n];
        power = new double[n];
        military = new double[n];
        regimes = new String[n];
        for (int k = 0; k < n; k++) {
            for (int s = 0; s < 2; s++) {
                intent[s][k] = v.intent(pair[s], k);
                credibility[s][k] = v.credibility(pair[s], k);
                delivered[s][k] = v.delivered(pair[s], k);
            }
            power[k] = v.power(k);
            military[k] = v.military(k);
            regimes[k] = m.regime(k);
        }
    }

    /** The row of state i (one of the pair). */
    int row(int i) {
        return i == pair[0] ? 0 : 1;
    }
}
