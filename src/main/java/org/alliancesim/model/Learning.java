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
     * State i's row (i's view of every other state), with {@code keep} and {@code cells} scratch rows of size N,
     * {@code wants} i's desires toward every state and {@code wantedBy} every state's desire toward
     * i (a row of {@link #desiresToward}, so that the row is read in order, not down a column). A
     * row reads the previous step's view, ties and desires, which it does not change, and writes
     * only i's own cells, so rows may be taken one by one after each row's perception.
     */
    static void updateRow(WorldInputs in, WorldView previous, TieBook ties, double[] wants, double[] wantedBy,
                          LearningParams p, int i, double[] keep, int[] cells) {
        int n = in.size();
        double rateIntent = p.intentFromAlignment();
        double rateCredibility = p.credibilityFromReliability();
        double rateGains = p.gainsFromDelivery();
        // i's two principal threats: principalThreat(i, j) is the first unless j is it.
        int first = previous.principalThreat(i, -1);
        int second = first < 0 ? -1 : previous.principalThreat(i, first);
        double salience = first < 0 ? 0 : previous.threat(i, first);
        // i's rows, written in place (what the setters would do cell by cell), each asked for
        // only once a cell of it is written (the row then counts as written).
        double[] intent = null;
        double[] credibility = null;
        // read only, but live: the perception phase has just written this row (and marked it so)
        double[] delivered = rateGains > 0 ? in.deliveredRow(i) : null;
        int shortfalls = 0;
        // j's commitment to k, read from k's row (ties are symmetric), k being i's principal threat
        // other than j: the first, or the second for j the first
        double[] firstTies = first < 0 ? null : ties.commitment[first];
        double[] secondTies = second < 0 ? null : ties.commitment[second];
        for (int j = 0; j < n; j++) {
            if (i == j) {
                continue;
            }
            if (rateIntent > 0) {
                double[] kTies = first != j ? firstTies : secondTies;
                double association = kTies == null ? 0 : kTies[j];
                if (association > 0) {
                    if (intent == null) {
                        intent = in.intentRow(i);
                    }
                    double x = intent[j];
                    intent[j] = x + rateIntent * association * (1 - x);
                }
            }
            if (rateCredibility > 0 && wants[j] > 0 && salience > 0) {
                double observed = Math.min(1, wantedBy[j] / wants[j]);
                if (credibility == null) {
                    credibility = in.credibilityRow(i);
                }
                double c = credibility[j];
                credibility[j] = c + rateCredibility * salience * (observed - c);
            }
            if (rateGains > 0) {
                double shortfall = 1 - delivered[j];
                if (shortfall > 0) {
                    keep[j] = 1 - rateGains * shortfall;
                    cells[shortfalls++] = j;
                }
            }
        }
        if (shortfalls > 0) {
            in.scaleGains(i, keep, cells, shortfalls); // the pairs without a shortfall keep their gains
        }
    }

    /** Every state's desires toward each state, {@code into[i][j] = desire[j][i]} (a transpose, taken by blocks). */
    static void desiresToward(double[][] desire, double[][] into) {
        int n = desire.length;
        final int block = 32;
        for (int j0 = 0; j0 < n; j0 += block) {
            int j1 = Math.min(n, j0 + block);
            for (int i0 = 0; i0 < n; i0 += block) {
                int i1 = Math.min(n, i0 + block);
                for (int j = j0; j < j1; j++) {
                    double[] row = desire[j];
                    for (int i = i0; i < i1; i++) {
                        into[i][j] = row[i];
                    }
                }
            }
        }
    }
}
