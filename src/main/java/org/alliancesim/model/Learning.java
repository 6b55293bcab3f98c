package org.alliancesim.model;

import org.alliancesim.world.Clip;
import org.alliancesim.world.LearningParams;
import org.alliancesim.world.WorldInputs;
import org.alliancesim.world.WorldView;

/**
 * What states learn from one another's behaviour ({@link LearningParams}), applied in the
 * perception phase from the previous step's assessment, ties and desires: guilt by association
 * raises perceived intent, the partner's observed stance moves credibility, delivered gains move
 * expected gains. O(N^2): a row at a time, one pass over it for each of the three (the model
 * interleaves each row with that row's perception, {@link Perception#updateRow}), no draw from the
 * random stream.
 */
final class Learning {
    private Learning() {
    }

    /**
     * State i's row (i's view of every other state), with {@code keep} and {@code cells} scratch
     * rows of size N, {@code wants} i's desires toward every state and {@code wantedBy} every
     * state's desire toward i (a row of {@link #desiresToward}, read in order, not down a column). A
     * row reads the previous step's view, ties and desires, which it does not change, and writes
     * only i's own cells, so rows may be taken one by one after each row's perception.
     */
    static void updateRow(WorldInputs in, WorldView previous, TieBook ties, double[] wants, double[] wantedBy,
                          LearningParams p, int i, double[] keep, int[] cells) {
        double rateIntent = p.intentFromAlignment();
        double rateCredibility = p.credibilityFromReliability();
        double rateGains = p.gainsFromDelivery();
        // i's two principal threats: principalThreat(i, j) is the first unless j is it.
        int first = previous.principalThreat(i, -1);
        int second = first < 0 ? -1 : previous.principalThreat(i, first);
        double salience = first < 0 ? 0 : previous.threat(i, first);
        // Three passes over i's row, each writing its own matrix (intent, credibility, gains) in
        // place, as the setters would cell by cell; a row is asked for only once a cell of it is
        // written (it then counts as written).
        if (rateIntent > 0) {
            associate(in, ties, i, first, second, rateIntent);
        }
        if (rateCredibility > 0 && salience > 0) {
            observeReliability(in, wants, wantedBy, i, rateCredibility, salience);
        }
        if (rateGains > 0) {
            int shortfalls = shortfalls(in.deliveredRow(i), i, rateGains, keep, cells);
            if (shortfalls > 0) {
                in.scaleGains(i, keep, cells, shortfalls); // the pairs without a shortfall keep their gains
            }
        }
    }

    /**
     * Guilt by association: i sees more hostile intent in a j committed to i's principal threat
     * other than j (the first, or the second for j the first), as far as j is committed.
     */
    private static void associate(WorldInputs in, TieBook ties, int i, int first, int second, double rate) {
        // j's commitment to k, read from k's row (ties are symmetric)
        double[] firstTies = first < 0 ? null : ties.commitment[first];
        double[] secondTies = second < 0 ? null : ties.commitment[second];
        double[] intent = null;
        int n = in.size();
        for (int j = 0; j < n; j++) {
            double[] kTies = first != j ? firstTies : secondTies;
            double association = i == j || kTies == null ? 0 : kTies[j];
            if (association > 0) {
                if (intent == null) {
                    intent = in.intentRow(i);
                }
                double x = intent[j];
                intent[j] = x + rate * association * (1 - x);
            }
        }
    }

    /**
     * Reliability: i's credibility in each j it wants moves toward how far j wanted i back, at a
     * rate scaled by how much i fears its principal threat.
     */
    private static void observeReliability(WorldInputs in, double[] wants, double[] wantedBy, int i, double rate,
                                           double salience) {
        double[] credibility = null;
        int n = in.size();
        for (int j = 0; j < n; j++) {
            if (i != j && wants[j] > 0) {
                double observed = Clip.atMostOne(wantedBy[j] / wants[j]);
                if (credibility == null) {
                    credibility = in.credibilityRow(i);
                }
                double c = credibility[j];
                credibility[j] = c + rate * salience * (observed - c);
            }
        }
    }

    /**
     * Delivery: the factor by which i keeps the gains it expects from each j that delivers short,
     * into {@code keep}, those j into {@code cells}; how many there are.
     */
    private static int shortfalls(double[] delivered, int i, double rate, double[] keep, int[] cells) {
        int count = 0;
        for (int j = 0; j < delivered.length; j++) {
            double shortfall = 1 - delivered[j];
            if (i != j && shortfall > 0) {
                keep[j] = 1 - rate * shortfall;
                cells[count++] = j;
            }
        }
        return count;
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
